namespace ReviewLint;

/// <summary>All settings of a lint run: settable from code, bindable from IConfiguration, loaded from reviewlint.json.</summary>
public sealed class ReviewLintOptions
{
    /// <summary>Severity per rule id (RL2001) or name (confusable-word): error, warning, info or off.</summary>
    public Dictionary<string, string> Rules { get; set; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Options per rule id or name, e.g. <c>{"RL4001": {"extraForeignWords": "…"}}</c>.</summary>
    public Dictionary<string, Dictionary<string, string>> RuleOptions { get; set; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Overrides the inferred genre: CollectiveReview, PersonalReview, DutyReport, WorkSummary or Unknown.</summary>
    public string? Genre { get; set; }

    /// <summary>Overrides the inferred unit name, e.g. 青石镇.</summary>
    public string? UnitName { get; set; }

    /// <summary>Overrides the inferred unit type: Town, Township, Subdistrict, Village, County, Department, School, …</summary>
    public string? UnitType { get; set; }

    /// <summary>Overrides the inferred organisation: Branch, GeneralBranch, Committee, LeadingGroup or LeadershipTeam.</summary>
    public string? Organization { get; set; }

    /// <summary>Overrides the inferred voice: Collective or Personal.</summary>
    public string? Voice { get; set; }

    /// <summary>Overrides the inferred document date (yyyy-MM-dd).</summary>
    public string? Date { get; set; }

    /// <summary>Sets the province-level division the reports come from (浙江省, 内蒙古 …): decides whether 盟、旗、苏木、嘎查 wording belongs.</summary>
    public string? Province { get; set; }

    /// <summary>Extra jieba user dictionaries (<c>word [freq] [tag]</c> per line), added to the process-wide dictionary.</summary>
    public List<string> Dictionaries { get; set; } = [];

    /// <summary>Documents analyzed at once in a batch; 0 or less means one per processor.</summary>
    public int MaxDegreeOfParallelism { get; set; }

    /// <summary>Where jieba.NET's data files are; null finds them beside the app or extracts the embedded copies.</summary>
    public string? JiebaDataDirectory { get; set; }

    /// <summary>Looks for reviewlint.json files by walking up from each linted file.</summary>
    public bool DiscoverConfigurationFiles { get; set; }

    public ReviewLintOptions Clone() => new()
    {
        Rules = new Dictionary<string, string>(Rules, StringComparer.OrdinalIgnoreCase),
        RuleOptions = RuleOptions.ToDictionary(p => p.Key, p => new Dictionary<string, string>(p.Value, StringComparer.OrdinalIgnoreCase),
            StringComparer.OrdinalIgnoreCase),
        Genre = Genre,
        UnitName = UnitName,
        UnitType = UnitType,
        Organization = Organization,
        Voice = Voice,
        Date = Date,
        Province = Province,
        Dictionaries = [.. Dictionaries],
        MaxDegreeOfParallelism = MaxDegreeOfParallelism,
        JiebaDataDirectory = JiebaDataDirectory,
        DiscoverConfigurationFiles = DiscoverConfigurationFiles,
    };
}
