using System.Globalization;
using System.Text.RegularExpressions;
using ReviewLint.Text;

namespace ReviewLint.Syntax;

/// <summary>Infers genre, voice, unit, organisation and date from a report's title, header and opening paragraphs.</summary>
public static partial class FactsInference
{
    private const int OpeningParagraphs = 4;

    private static readonly (string Suffix, UnitType Type)[] UnitSuffixes =
    [
        ("自治区", UnitType.AutonomousRegion), ("自治州", UnitType.AutonomousPrefecture), ("街道", UnitType.Subdistrict),
        ("社区", UnitType.Community), ("苏木", UnitType.Sumu), ("嘎查", UnitType.Gacha), ("地区", UnitType.Prefecture),
        ("卫生院", UnitType.Hospital), ("医院", UnitType.Hospital), ("中学", UnitType.School), ("小学", UnitType.School),
        ("学校", UnitType.School), ("学院", UnitType.School), ("大学", UnitType.School), ("幼儿园", UnitType.School),
        ("公司", UnitType.Enterprise), ("集团", UnitType.Enterprise), ("银行", UnitType.Enterprise),
        ("镇", UnitType.Town), ("乡", UnitType.Township), ("村", UnitType.Village), ("盟", UnitType.League), ("旗", UnitType.Banner),
        ("县", UnitType.County), ("区", UnitType.District), ("市", UnitType.City), ("省", UnitType.Province),
        ("局", UnitType.Department), ("委", UnitType.Department), ("办", UnitType.Department), ("中心", UnitType.Department),
    ];

    private static readonly (string Word, UnitType Type)[] ScopeWords =
    [
        ("全街道", UnitType.Subdistrict), ("全社区", UnitType.Community), ("全镇", UnitType.Town), ("全乡", UnitType.Township),
        ("全村", UnitType.Village), ("全苏木", UnitType.Sumu), ("全嘎查", UnitType.Gacha), ("全旗", UnitType.Banner),
        ("全盟", UnitType.League), ("全县", UnitType.County), ("全校", UnitType.School), ("全院", UnitType.Hospital),
        ("我镇", UnitType.Town), ("我乡", UnitType.Township), ("我村", UnitType.Village), ("我县", UnitType.County),
        ("我局", UnitType.Department), ("我委", UnitType.Department), ("我校", UnitType.School), ("我院", UnitType.Hospital),
        ("我公司", UnitType.Enterprise), ("我街道", UnitType.Subdistrict), ("我社区", UnitType.Community), ("我旗", UnitType.Banner),
    ];

    /// <summary>Infers the facts of a parsed report.</summary>
    public static DocumentFacts Infer(SourceText text, IReadOnlyList<Paragraph> paragraphs)
    {
        var opening = paragraphs.Take(OpeningParagraphs).Select(p => text.ToString(p.Span)).ToList();
        string title = paragraphs.FirstOrDefault(p => p.Kind == ParagraphKind.Title) is { } t ? text.ToString(t.Span) : "";
        string openingText = string.Join("\n", opening);

        var organization = InferOrganization(title) is var o && o != OrganizationType.Unknown ? o : InferOrganization(openingText);
        var genre = InferGenre(title.Length > 0 ? title : opening.FirstOrDefault() ?? "", organization);
        var (unitName, unitType) = InferUnit(title, opening);
        if (unitType == UnitType.Unknown) unitType = InferUnitTypeFromScopeWords(text.Content);
        var date = InferDate(paragraphs.Take(3).Concat(paragraphs.TakeLast(3)).Select(p => text.ToString(p.Span)));
        return new DocumentFacts(genre, VoiceOf(genre, organization, title), unitName, unitType, organization, date);
    }

    /// <summary>The voice a genre is written in.</summary>
    public static ReportVoice VoiceOf(ReportGenre genre, OrganizationType organization, string title = "") => genre switch
    {
        ReportGenre.CollectiveReview => ReportVoice.Collective,
        ReportGenre.PersonalReview => ReportVoice.Personal,
        ReportGenre.DutyReport => title.Contains("班子") ? ReportVoice.Collective : ReportVoice.Personal,
        ReportGenre.WorkSummary => title.Contains("个人") ? ReportVoice.Personal : ReportVoice.Collective,
        _ => ReportVoice.Unknown,
    };

    internal static ReportGenre InferGenre(string title, OrganizationType organization)
    {
        if (title.Contains("述职") || title.Contains("述责述廉")) return ReportGenre.DutyReport;
        if (ReviewWords().IsMatch(title))
        {
            if (title.Contains("个人") || title.Contains("同志")) return ReportGenre.PersonalReview;
            if (organization != OrganizationType.Unknown) return ReportGenre.CollectiveReview;
            return ReportGenre.PersonalReview;
        }
        if (title.Contains("总结")) return ReportGenre.WorkSummary;
        return ReportGenre.Unknown;
    }

    internal static OrganizationType InferOrganization(string text)
    {
        if (text.Contains("党总支")) return OrganizationType.GeneralBranch;
        if (text.Contains("支部")) return OrganizationType.Branch;
        if (text.Contains("党组")) return OrganizationType.LeadingGroup;
        if (text.Contains("党委") || text.Contains("党工委")) return OrganizationType.Committee;
        if (text.Contains("班子")) return OrganizationType.LeadershipTeam;
        return OrganizationType.Unknown;
    }

    internal static (string? Name, UnitType Type) InferUnit(string title, IEnumerable<string> opening)
    {
        foreach (var line in opening.Prepend(title))
        {
            foreach (Match match in UnitWithOrganization().Matches(line))
            {
                string name = match.Groups["name"].Value;
                var type = UnitTypeOfName(name);
                if (type != UnitType.Unknown) return (name, type);
            }
        }
        return (null, UnitType.Unknown);
    }

    /// <summary>The unit type a unit name ends with (青石镇 → Town), or Unknown.</summary>
    public static UnitType UnitTypeOfName(string name)
    {
        foreach (var (suffix, type) in UnitSuffixes)
            if (name.EndsWith(suffix, StringComparison.Ordinal) && name.Length > suffix.Length) return type;
        return UnitType.Unknown;
    }

    internal static UnitType InferUnitTypeFromScopeWords(string content)
    {
        var best = UnitType.Unknown;
        int bestCount = 0;
        foreach (var group in ScopeWords.GroupBy(w => w.Type))
        {
            int count = group.Sum(w => CountOccurrences(content, w.Word));
            if (count > bestCount) (best, bestCount) = (group.Key, count);
        }
        return bestCount >= 2 ? best : UnitType.Unknown;
    }

    internal static DateOnly? InferDate(IEnumerable<string> lines)
    {
        foreach (var line in lines)
        {
            var match = DatePattern().Match(line);
            if (!match.Success) continue;
            int year = int.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture);
            int month = int.Parse(match.Groups[2].Value, CultureInfo.InvariantCulture);
            int day = int.Parse(match.Groups[3].Value, CultureInfo.InvariantCulture);
            if (month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, month)) return new DateOnly(year, month, day);
        }
        return null;
    }

    private static int CountOccurrences(string text, string word)
    {
        int count = 0;
        for (int i = text.IndexOf(word, StringComparison.Ordinal); i >= 0; i = text.IndexOf(word, i + word.Length, StringComparison.Ordinal)) count++;
        return count;
    }

    [GeneratedRegex("对照检查|剖析|检视|发言提纲|检查材料|生活会.{0,12}材料")]
    private static partial Regex ReviewWords();

    [GeneratedRegex(@"(?:^|(?<=[\s，。；：、“”（）《》]))(?:中共)?(?<name>[\u4e00-\u9fa5XＸ×]{1,8}?(?:自治区|自治州|街道|社区|苏木|嘎查|地区|卫生院|医院|中学|小学|学校|学院|大学|幼儿园|公司|集团|银行|镇|乡|村|盟|旗|县|区|市|省|局|委|办|中心))(?:机关)?(?:党支部|党总支|党委|党组|党工委|领导班子|班子|支部|委员会)")]
    private static partial Regex UnitWithOrganization();

    [GeneratedRegex(@"((?:19|20)\d{2})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日")]
    private static partial Regex DatePattern();
}
