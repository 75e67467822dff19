using System.Collections.Frozen;
using System.Collections.Immutable;
using ReviewLint.Analysis;
using ReviewLint.Syntax;

namespace ReviewLint.Analyzers.Structure;

/// <summary>The sections a genre's reports are expected to have, in order; loaded once from rules/data/templates/&lt;Genre&gt;.tsv.</summary>
public sealed class GenreTemplate
{
    private static readonly Lazy<FrozenDictionary<ReportGenre, GenreTemplate>> All = new(Load);

    private GenreTemplate(ReportGenre genre, string name, ImmutableArray<SectionRole> sections)
    {
        Genre = genre;
        Name = name;
        Sections = sections;
    }

    public ReportGenre Genre { get; }

    /// <summary>The genre's Chinese name used in messages, e.g. 述职报告.</summary>
    public string Name { get; }

    /// <summary>The genre's sections ordered by their usual position.</summary>
    public ImmutableArray<SectionRole> Sections { get; }

    /// <summary>The template of a genre, or null for <see cref="ReportGenre.Unknown"/>.</summary>
    public static GenreTemplate? For(ReportGenre genre) => All.Value.GetValueOrDefault(genre);

    /// <summary>The template of the document's genre when the document is a report: its genre is configured, or inferred from a title line.
    /// A first line that ends like a sentence (“……对全年工作作了总结。”) is not a title, so such text is not taken for a report.</summary>
    public static GenreTemplate? Of(DocumentAnalysisContext context) =>
        context.Options.FactsOverride?.Genre is not null || context.Syntax.Title is not null ? For(context.Facts.Genre) : null;

    /// <summary>The section with this role key, or null.</summary>
    public SectionRole? Find(string roleKey) => Sections.FirstOrDefault(s => s.Key == roleKey);

    /// <summary>The usual order as text: 履职情况→存在问题→下一步打算 (required sections only).</summary>
    public string DescribeOrder(string documentTitle) =>
        string.Join("→", Sections.Where(s => s.IsRequiredFor(documentTitle)).Select(s => s.Name));

    private static FrozenDictionary<ReportGenre, GenreTemplate> Load()
    {
        var names = RuleData.ReadTable("templates/genres.tsv").ToDictionary(r => Enum.Parse<ReportGenre>(r[0]), r => r[1]);
        return names.ToFrozenDictionary(p => p.Key, p => new GenreTemplate(p.Key, p.Value, ReadSections($"templates/{p.Key}.tsv")));
    }

    private static ImmutableArray<SectionRole> ReadSections(string path) =>
        [.. RuleData.ReadTable(path)
            .Select(r => new SectionRole(
                int.Parse(r[0], System.Globalization.CultureInfo.InvariantCulture), r[1], r[2], r[3], r[4] == "preceding",
                [.. r[5].Split('、', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)], r[6]))
            .OrderBy(s => s.Order)];
}
