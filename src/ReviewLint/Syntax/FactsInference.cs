using System.Globalization;
using System.Text.RegularExpressions;
using ReviewLint.Text;

namespace ReviewLint.Syntax;

/// <summary>Infers genre, voice, unit, organisation, region and date from a report's title block, opening paragraphs and wording.</summary>
public static partial class FactsInference
{
    private const int OpeningParagraphs = 4;
    private const int SignatureParagraphs = 3;
    private const int MaxDateLineExtra = 24;
    private const int MaxSignatureLine = 32;

    /// <summary>Unit suffixes and the unit type each names, longest first where one ends another (分局 before 局); the names the title
    /// patterns read end with one of <see cref="Suffixes"/>, which a test keeps in step with this table.</summary>
    internal static readonly (string Suffix, UnitType Type)[] UnitSuffixes =
    [
        // 办事处 is a 街道's government (桃李街道办事处; a title may name it alone: 城关办事处).
        ("自治区", UnitType.AutonomousRegion), ("自治州", UnitType.AutonomousPrefecture), ("街道", UnitType.Subdistrict), ("办事处", UnitType.Subdistrict),
        ("社区", UnitType.Community), ("苏木", UnitType.Sumu), ("嘎查", UnitType.Gacha), ("地区", UnitType.Prefecture),
        ("卫生院", UnitType.Hospital), ("医院", UnitType.Hospital), ("保健院", UnitType.Hospital), ("卫生服务中心", UnitType.Hospital), ("中学", UnitType.School), ("小学", UnitType.School),
        ("学校", UnitType.School), ("学院", UnitType.School), ("大学", UnitType.School), ("幼儿园", UnitType.School), ("党校", UnitType.School),
        ("公司", UnitType.Enterprise), ("集团", UnitType.Enterprise), ("银行", UnitType.Enterprise), ("支行", UnitType.Enterprise),
        ("分行", UnitType.Enterprise), ("营业部", UnitType.Enterprise),
        ("镇", UnitType.Town), ("乡", UnitType.Township), ("村", UnitType.Village), ("盟", UnitType.League), ("旗", UnitType.Banner),
        ("县", UnitType.County), ("区", UnitType.District), ("市", UnitType.City), ("省", UnitType.Province),
        ("分局", UnitType.Department), ("局", UnitType.Department), ("委", UnitType.Department), ("办", UnitType.Department), ("中心", UnitType.Department),
        ("厅", UnitType.Department), ("派出所", UnitType.Department), ("所", UnitType.Department), ("站", UnitType.Department), ("院", UnitType.Department),
        ("馆", UnitType.Department), ("林场", UnitType.Department), ("农场", UnitType.Department), ("牧场", UnitType.Department),
        // People's organisations (群团组织) work like departments of their level: 城南区妇女联合会, 县妇联, 市残疾人联合会.
        ("联合会", UnitType.Department), ("妇联", UnitType.Department),
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

    /// <summary>Words a stripped name may start with that are not part of it; the ones that mark a superior are in <see cref="SuperiorLeads"/>.</summary>
    private static readonly string[] LeadWords = ["中共", "关于", "对照", "按照", "根据", "依据", "遵照", "落实", "结合", "在"];
    private static readonly string[] SuperiorLeads = ["按照", "根据", "依据", "遵照", "落实", "在"];
    private const string NeverNameInitials = "各我该每此这那";
    private const string TwoCommittees = "两委";
    private const string PersonBeforeUnit = "同志在";
    private const string ScopeStems = "全本其城乡镇村县市区省";

    /// <summary>Infers the facts of a parsed report.</summary>
    public static DocumentFacts Infer(SourceText text, IReadOnlyList<Paragraph> paragraphs)
    {
        var titleBlock = paragraphs.TakeWhile(p => p.Kind is ParagraphKind.Title or ParagraphKind.Header).Select(p => text.ToString(p.Span)).ToList();
        var opening = paragraphs.Skip(titleBlock.Count).Take(OpeningParagraphs).Select(p => text.ToString(p.Span)).ToList();
        string heading = string.Join("\n", titleBlock);
        string content = text.Content;

        var (unitName, unitType, unitOrganization) = InferUnit(titleBlock, opening);
        if (unitType == UnitType.Unknown) unitType = InferUnitTypeFromScopeWords(content);
        bool personNamed = titleBlock.Skip(1).Any(LooksLikePersonLine);
        // Job titles are read without the unit's name, whose characters may spell one (西城区长乐街道 holds 区长).
        string headingWithoutUnit = WithoutUnitName(heading, unitName);
        var organization = InferOrganization(heading) is var o && o != OrganizationType.Unknown ? o
            : unitOrganization != OrganizationType.Unknown ? unitOrganization
            : IsPersonalTitle(headingWithoutUnit, personNamed) ? OrganizationType.Unknown
            : InferOrganization(string.Join("\n", opening.SelectMany(OwnClauses)));
        var bodyVoice = InferBodyVoice(content);
        var genre = InferGenre(headingWithoutUnit, organization, personNamed, bodyVoice);
        var voice = InferVoice(genre, organization, headingWithoutUnit, personNamed, bodyVoice);
        var date = InferDate(titleBlock, paragraphs.Skip(titleBlock.Count).Take(SignatureParagraphs).Concat(paragraphs.TakeLast(SignatureParagraphs))
            .Distinct().Select(p => text.ToString(p.Span)));
        string? province = InferProvince(titleBlock.Concat(opening).Concat(SignatureLines(text, paragraphs)));
        return new DocumentFacts(genre, voice, unitName, unitType, organization, date)
        {
            Province = province,
            InInnerMongolia = province is not null ? Provinces.IsInnerMongolia(province)
                : IsInnerMongoliaUnit(unitType) ? true
                : InferInnerMongolia(content).InInnerMongolia ?? (IsLoneLeagueWordOfOtherUnit(content, unitName) ? false : null),
        };
    }

    /// <summary>One lone 全盟 or 嘎查 in the report of a named unit whose name has no 旗、盟、苏木、嘎查 (杨柳湾村): a leftover of another
    /// report, not evidence of 内蒙古, whose reports name their 盟、旗 again and again.</summary>
    private static bool IsLoneLeagueWordOfOtherUnit(string content, string? unitName) =>
        unitName is not null && !LeagueOrBannerInName().IsMatch(unitName) && LeagueBannerWords().Count(content) == 1;

    /// <summary>The heading with the unit's name replaced by a separator, so that a job title is never read across its characters
    /// (西城区长乐街道银杏社区 holds 区长) nor across the gap it leaves.</summary>
    private static string WithoutUnitName(string heading, string? unitName) =>
        unitName is { Length: > 0 } ? heading.Replace(unitName, "｜", StringComparison.Ordinal) : heading;

    /// <summary>A title block that names a person or says 个人/同志/本人: the report speaks for one member, so an organisation named in
    /// the body (按照支部的安排) is not its author.</summary>
    private static bool IsPersonalTitle(string heading, bool personNamed) =>
        personNamed || PersonalTitle().IsMatch(heading) || OfficeHolder().IsMatch(heading) && !heading.Contains("班子");

    /// <summary>The clauses of an opening paragraph that speak of the author, without those naming a superior (按照镇党委的部署).</summary>
    private static IEnumerable<string> OwnClauses(string paragraph) =>
        paragraph.Split(['，', '。', '；', '：', ',', ';'], StringSplitOptions.RemoveEmptyEntries)
            .Where(clause => !SuperiorLeads.Any(lead => lead.Length > 1 && clause.Contains(lead, StringComparison.Ordinal)));

    /// <summary>The voice a genre is written in, when nothing else is known.</summary>
    public static ReportVoice VoiceOf(ReportGenre genre, OrganizationType organization, string title = "") => genre switch
    {
        ReportGenre.CollectiveReview => ReportVoice.Collective,
        ReportGenre.PersonalReview => ReportVoice.Personal,
        ReportGenre.DutyReport => title.Contains("班子") ? ReportVoice.Collective : ReportVoice.Personal,
        ReportGenre.WorkSummary => title.Contains("个人") ? ReportVoice.Personal : ReportVoice.Collective,
        _ => ReportVoice.Unknown,
    };

    /// <summary>Province-level bodies are named in the body as superiors (落实自治区党委部署), never as the author of a report without a title.</summary>
    private static bool IsProvinceLevel(UnitType type) => type is UnitType.Province or UnitType.AutonomousRegion or UnitType.Municipality;

    /// <summary>True for the unit types that exist only in 内蒙古: 盟、旗、苏木、嘎查.</summary>
    public static bool IsInnerMongoliaUnit(UnitType type) => type is UnitType.League or UnitType.Banner or UnitType.Sumu or UnitType.Gacha;

    internal static ReportGenre InferGenre(string heading, OrganizationType organization, bool personNamed, ReportVoice bodyVoice)
    {
        if (heading.Length == 0) return ReportGenre.Unknown;
        if (DutyWords().IsMatch(heading)) return ReportGenre.DutyReport;
        if (ReviewWords().IsMatch(heading))
        {
            if (PersonalTitle().IsMatch(heading) || OfficeHolder().IsMatch(heading) && !heading.Contains("班子")) return ReportGenre.PersonalReview;
            if (organization != OrganizationType.Unknown) return ReportGenre.CollectiveReview;
            if (personNamed) return ReportGenre.PersonalReview;
            return bodyVoice == ReportVoice.Collective ? ReportGenre.CollectiveReview : ReportGenre.PersonalReview;
        }
        if (heading.Contains("总结") || WorkReportWords().IsMatch(heading)) return ReportGenre.WorkSummary;
        return ReportGenre.Unknown;
    }

    internal static ReportVoice InferVoice(ReportGenre genre, OrganizationType organization, string heading, bool personNamed, ReportVoice bodyVoice)
    {
        switch (genre)
        {
            case ReportGenre.DutyReport:
                if (heading.Contains("班子")) return ReportVoice.Collective;
                if (personNamed || PersonalTitle().IsMatch(heading) || OfficeHolder().IsMatch(heading)) return ReportVoice.Personal;
                if (bodyVoice != ReportVoice.Unknown) return bodyVoice;
                return organization != OrganizationType.Unknown ? ReportVoice.Collective : ReportVoice.Personal;
            case ReportGenre.WorkSummary:
                return heading.Contains("个人") || personNamed || bodyVoice == ReportVoice.Personal ? ReportVoice.Personal : ReportVoice.Collective;
            default:
                return VoiceOf(genre, organization, heading);
        }
    }

    /// <summary>Collective or personal from the body's first-person words: mostly 我/本人 is personal, mostly 我们/我镇/本支部 collective.</summary>
    internal static ReportVoice InferBodyVoice(string content)
    {
        int singular = SingularFirstPerson().Count(content);
        int plural = PluralFirstPerson().Count(content);
        if (singular + plural < 3) return ReportVoice.Unknown;
        double share = singular / (double)(singular + plural);
        return share >= 0.5 && singular >= 3 ? ReportVoice.Personal : share <= 0.2 ? ReportVoice.Collective : ReportVoice.Unknown;
    }

    internal static OrganizationType InferOrganization(string text)
    {
        if (text.Contains("总支")) return OrganizationType.GeneralBranch;
        if (text.Contains("支部")) return OrganizationType.Branch;
        if (LeadingGroup().IsMatch(text)) return OrganizationType.LeadingGroup;
        if (text.Contains("班子")) return OrganizationType.LeadershipTeam;
        if (text.Contains("党委") || text.Contains("党工委") || CommitteeName().IsMatch(text)) return OrganizationType.Committee;
        return OrganizationType.Unknown;
    }

    internal static (string? Name, UnitType Type, OrganizationType Organization) InferUnit(IReadOnlyList<string> titleBlock, IReadOnlyList<string> opening)
    {
        foreach (var line in titleBlock)
            if (FindUnit(line, isTitle: true) is { } found) return found;
        foreach (var line in opening)
            if (FindUnit(line, isTitle: false) is { } found) return found;
        return (null, UnitType.Unknown, OrganizationType.Unknown);
    }

    private static (string, UnitType, OrganizationType)? FindUnit(string line, bool isTitle)
    {
        foreach (Match match in UnitWithOrganization().Matches(line))
            if (AcceptName(match.Groups["name"].Value, isTitle) is { } name && (isTitle || !IsProvinceLevel(UnitTypeOfName(name))))
                return (name, UnitTypeOfName(name), InferOrganization(match.Groups["org"].Value));
        if (!isTitle) return null;
        var leading = UnitAtTitleStart().Match(line);
        return leading.Success && AcceptName(leading.Groups["name"].Value, isTitle: true) is { } titleName
            ? (titleName, UnitTypeOfName(titleName), OrganizationType.Unknown)
            : null;
    }

    /// <summary>The name without lead words (按照、中共…), or null when it is not the author's unit (a superior after 按照, 全镇, 城镇…).</summary>
    private static string? AcceptName(string name, bool isTitle)
    {
        // A unit named after 按照/根据 in the body is a superior, also when the match started a few words earlier (支部按照青石镇党委).
        if (!isTitle && SuperiorLeads.Any(lead => lead.Length > 1 && name.Contains(lead, StringComparison.Ordinal))) return null;
        if (name.EndsWith(TwoCommittees, StringComparison.Ordinal))
        {
            if (UnitTypeOfName(name) == UnitType.Unknown) return null;
            name = name[..^TwoCommittees.Length];
        }
        // A personal title names the person before the unit (王某某同志在清源县人民政府党组…): the unit is what follows.
        int person = name.LastIndexOf(PersonBeforeUnit, StringComparison.Ordinal);
        if (isTitle && person >= 0 && name.Length > person + PersonBeforeUnit.Length + 1) name = name[(person + PersonBeforeUnit.Length)..];
        bool stripped;
        do
        {
            stripped = false;
            foreach (var lead in LeadWords)
            {
                if (!name.StartsWith(lead, StringComparison.Ordinal) || name.Length <= lead.Length + 1) continue;
                if (!isTitle && SuperiorLeads.Contains(lead)) return null;
                name = name[lead.Length..];
                stripped = true;
            }
        }
        while (stripped);
        var type = UnitTypeOfName(name);
        if (type == UnitType.Unknown) return null;
        if (NeverNameInitials.Contains(name[0]) || OrganizationAsName().IsMatch(name)) return null;
        // A name never holds a Party organisation (内科党支部在院 from 内科党支部在院党委领导下): that is a branch, then its superior.
        if (name.Contains("支部", StringComparison.Ordinal)) return null;
        int stemLength = name.Length - SuffixOf(name).Length;
        if (stemLength == 1 && ScopeStems.Contains(name[0])) return null;
        return name;
    }

    /// <summary>The unit suffix a name ends with (青石镇 → 镇, 县教育局 → 局), or empty.</summary>
    public static string SuffixOf(string name)
    {
        foreach (var (suffix, _) in UnitSuffixes)
            if (name.EndsWith(suffix, StringComparison.Ordinal) && name.Length > suffix.Length) return suffix;
        return "";
    }

    /// <summary>The unit type a unit name ends with (青石镇 → Town), or Unknown. 村两委 and 社区两委 (the Party branch committee and
    /// the villagers' or residents' committee) are the village or community, not a department ending in 委.</summary>
    public static UnitType UnitTypeOfName(string name)
    {
        if (name.EndsWith(TwoCommittees, StringComparison.Ordinal) && name.Length > TwoCommittees.Length)
            return UnitTypeOfName(name[..^TwoCommittees.Length]) is var type && type is UnitType.Village or UnitType.Community or UnitType.Gacha
                ? type
                : UnitType.Unknown;
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

    /// <summary>Whether the wording places the report in 内蒙古: 内蒙古 named, or its own words (盟委, 旗委, 嘎查…) outnumbering a
    /// province's (省委, 全省, 省市县委…) three to one; any other province word places it elsewhere. Returns the word that decided.</summary>
    public static (bool? InInnerMongolia, string? Evidence) InferInnerMongolia(string content)
    {
        var explicitMatch = InnerMongoliaName().Match(content);
        if (explicitMatch.Success) return (true, explicitMatch.Value);
        int provinceWords = ProvinceWords().Count(content);
        int leagueWords = LeagueBannerWords().Count(content);
        if (leagueWords >= 2 && leagueWords >= 3 * provinceWords) return (true, LeagueBannerWords().Match(content).Value);
        if (provinceWords > 0) return (false, ProvinceWords().Match(content).Value);
        return (null, null);
    }

    /// <summary>The short lines among the last paragraphs (the signature: 浙江省平阳县青石镇党委, a date), not closing sentences that may
    /// name another province (学习浙江省的经验。).</summary>
    private static IEnumerable<string> SignatureLines(SourceText text, IReadOnlyList<Paragraph> paragraphs) =>
        paragraphs.TakeLast(SignatureParagraphs).Select(p => text.ToString(p.Span))
            .Where(line => line.Length <= MaxSignatureLine && line.IndexOfAny(['，', '。', '；', ',']) < 0);

    private static string? InferProvince(IEnumerable<string> lines)
    {
        foreach (var line in lines)
            foreach (var (full, _) in Provinces.All)
                if (line.Contains(full, StringComparison.Ordinal)) return full;
        return null;
    }

    internal static DateOnly? InferDate(IReadOnlyList<string> titleBlock, IEnumerable<string> edgeParagraphs)
    {
        foreach (var line in titleBlock)
            if (FindDate(line) is { } date) return date.Value;
        foreach (var line in edgeParagraphs)
            if (FindDate(line) is { } date && line.Length <= date.Length + MaxDateLineExtra && !line.Contains('，') && !line.Contains('。'))
                return date.Value;
        return null;
    }

    private static (DateOnly Value, int Length)? FindDate(string line)
    {
        foreach (var pattern in (Regex[])[ArabicDate(), ChineseDate(), NumericDate()])
        {
            if (!pattern.IsMatch(line)) continue;
            foreach (Match match in pattern.Matches(line))
            {
                int year = ReadNumber(match.Groups["y"].Value), month = ReadNumber(match.Groups["m"].Value), day = ReadNumber(match.Groups["d"].Value);
                if (year is >= 1900 and <= 2100 && month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, month))
                    return (new DateOnly(year, month, day), match.Length);
            }
        }
        return null;
    }

    /// <summary>Reads Arabic digits, digit-by-digit Chinese years (二〇二四) and Chinese numerals up to 99 (十八).</summary>
    private static int ReadNumber(string text)
    {
        if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out int arabic)) return arabic;
        if (text.Length == 4 && !text.Contains('十'))
        {
            int value = 0;
            foreach (char c in text)
            {
                int digit = c is '〇' or '○' or 'Ｏ' or 'O' or '零' ? 0 : ChineseNumerals.Parse(c.ToString());
                if (digit < 0) return -1;
                value = value * 10 + digit;
            }
            return value;
        }
        return ChineseNumerals.Parse(text);
    }

    private static bool LooksLikePersonLine(string line)
    {
        string trimmed = line.Trim().Trim('（', '）', '(', ')');
        if (trimmed.Length is 0 or > 24) return false;
        string last = trimmed.Split([' ', '\u3000', '\t', '：', ':'], StringSplitOptions.RemoveEmptyEntries)[^1];
        return last.Length is >= 2 and <= 4 && last.All(c => c is >= '\u4e00' and <= '\u9fa5') && !PersonLineExclusions().IsMatch(last);
    }

    private static int CountOccurrences(string text, string word)
    {
        int count = 0;
        for (int i = text.IndexOf(word, StringComparison.Ordinal); i >= 0; i = text.IndexOf(word, i + word.Length, StringComparison.Ordinal)) count++;
        return count;
    }

    /// <summary>The unit suffixes of <see cref="UnitSuffixes"/> as a regex alternation for the generated title patterns (a constant, as
    /// <c>GeneratedRegex</c> needs); a suffix of the table that ends with a shorter one (分局, 派出所) is matched by that one.</summary>
    internal const string Suffixes = "自治区|自治州|街道|办事处|社区|苏木|嘎查|地区|卫生院|医院|保健院|卫生服务中心|中学|小学|学校|学院|大学|幼儿园|党校|公司|集团|银行|支行|分行|营业部|镇|乡|村|盟|旗|县|区|市|省|局|委|办|中心|厅|所|站|院|馆|林场|农场|牧场|联合会|妇联";
    private const string Organizations = "委常委(?:会|班子)?|委(?:领导)?班子|党?总支部?|党支部|党委|党组(?!织)|党工委|领导班子|班子|支部|委员会";
    /// <summary>A department inside the unit whose branch writes the report (医院内科党支部, 中学数学教研组党小组): the report is the unit's.
    /// Its characters exclude unit suffixes, so that 清河县医院内科 never reads as 清河县 with a sub-unit 医院内科.</summary>
    private const string SubUnit = "(?:(?![院校局县市区镇乡村司行所站])[\u4e00-\u9fa5]){1,3}(?:科|科室|病区|教研组|年级组)";
    /// <summary>A post in an office of the unit on a title line (（县自然资源局耕地保护股股长 2025年1月21日）): the unit is what precedes the office,
    /// whose name holds no unit suffix (县农业农村|局办公室 is no village).</summary>
    private const string OfficeInUnit = "(?:(?![院校局县市区镇乡村司行所站])[\u4e00-\u9fa5]){1,8}?(?:股|科|室|队)副?(?:股长|科长|主任|队长)";
    private const string NameStart = @"(?:^|(?<=[\s，。；：、“”（）《》【】()]))";

    [GeneratedRegex("述职|述责述廉|述学述职")]
    private static partial Regex DutyWords();

    [GeneratedRegex("对照检查|剖析|检视|发言提纲|检查材料|生活会.{0,12}(?:材料|发言)|党性分析|查摆")]
    private static partial Regex ReviewWords();

    [GeneratedRegex("工作情况的?报告|工作报告")]
    private static partial Regex WorkReportWords();

    [GeneratedRegex("个人|同志|本人")]
    private static partial Regex PersonalTitle();

    [GeneratedRegex("书记|局长|镇长|乡长|县长|区长|市长|主任|校长|院长|部长|经理|董事长|所长|站长|村长|馆长")]
    private static partial Regex OfficeHolder();

    [GeneratedRegex("党工?委$")]
    private static partial Regex OrganizationAsName();

    [GeneratedRegex("党组(?!织)")]
    private static partial Regex LeadingGroup();

    [GeneratedRegex("中共.{1,12}?委员会")]
    private static partial Regex CommitteeName();

    [GeneratedRegex("[年月日党委局镇乡村县市区办组部院校司会室所站队]|材料|报告|提纲|总结")]
    private static partial Regex PersonLineExclusions();

    [GeneratedRegex("(?<![自忘小大敌无唯舍非你物不])我(?![们国党军方省市县区镇乡村局委办校院司行厅部所站旗盟州为是])|本人")]
    private static partial Regex SingularFirstPerson();

    [GeneratedRegex("我们|本(?:支部|单位|班子)|我(?:镇|乡|村|局|委|办|校|院|司|街道|社区|支部|单位)")]
    private static partial Regex PluralFirstPerson();

    [GeneratedRegex("内蒙古")]
    private static partial Regex InnerMongoliaName();

    [GeneratedRegex("省委|省政府|省纪委|全省|我省|本省|省市县委?|省直|省定|省市")]
    private static partial Regex ProvinceWords();

    [GeneratedRegex("旗|盟|苏木|嘎查")]
    private static partial Regex LeagueOrBannerInName();

    [GeneratedRegex("盟委|旗委|全盟|全旗|我盟|我旗|盟直|旗直|嘎查|苏木乡镇|旗县|盟市|自治区党委")]
    private static partial Regex LeagueBannerWords();

    [GeneratedRegex(NameStart + "(?:中共)?(?<name>[\u4e00-\u9fa5XxＸ×＊*]{1,10}?(?:" + Suffixes + "))(?:机关|人民政府|办事处)?(?:" + SubUnit + ")?(?:第[一二三四五六七八九十0-9]{1,3})?(?<org>" + Organizations + ")")]
    private static partial Regex UnitWithOrganization();

    [GeneratedRegex(@"^\s*(?:#+\s*)?[（(]?(?:中共|关于)?(?:\d{4}年度?)?(?<name>[\u4e00-\u9fa5XxＸ×＊*]{1,16}?(?:" + Suffixes + @"))(?=\d|[〇○零二]{4}|村民委员会|居民委员会|村委会|居委会|办事处|关于|工作|年度|述职|党建|党委|党组|人民政府|党支部|党总支|党工委|支部委员会|总支部委员会|有限|股份|领导|机关|第|班子|委|(?:常务)?副?(?:书记|局长|镇长|乡长|县长|区长|市长|主任|校长|院长|部长|经理)|" + OfficeInUnit + @"|\s|$)")]
    private static partial Regex UnitAtTitleStart();

    [GeneratedRegex(@"(?<y>(?:19|20)\d{2})\s*年\s*(?<m>\d{1,2})\s*月\s*(?<d>\d{1,2})\s*日")]
    private static partial Regex ArabicDate();

    [GeneratedRegex("(?<y>[一二〇○Ｏ零][〇○Ｏ零一二三四五六七八九]{3})年(?<m>[一二三四五六七八九十]{1,2})月(?<d>[一二三四五六七八九十]{1,3})日")]
    private static partial Regex ChineseDate();

    [GeneratedRegex(@"(?<![\d.])(?<y>(?:19|20)\d{2})[.\-/](?<m>\d{1,2})[.\-/](?<d>\d{1,2})(?![\d.])")]
    private static partial Regex NumericDate();
}
