using System.Collections.Frozen;
using System.Collections.Immutable;
using ReviewLint.Analysis;
using ReviewLint.Diagnostics;
using ReviewLint.Syntax;
using ReviewLint.Text;
using ReviewLint.Tokenization;

namespace ReviewLint.Analyzers.Consistency;

/// <summary>RL4001: wording that belongs to another kind of unit or region than the report's own (街道、社区 in a 镇 report, 全盟 outside 内蒙古).</summary>
public sealed class ForeignUnitWordingAnalyzer : DiagnosticAnalyzer
{
    public static readonly DiagnosticDescriptor Rule = new(
        "RL4001", "foreign-unit-wording", "照搬其他单位的措辞",
        "{0}“{1}”疑为从{2}材料中照搬的表述。",
        DiagnosticCategory.Consistency, DiagnosticSeverity.Warning,
        description: "材料中出现属于另一类单位或另一地区的范围词、自称或机构名（如镇材料中的“街道、社区”、内蒙古以外的“全盟”、机关材料中的“我校”），多为套用他人材料后未改。");

    private static readonly Lazy<ImmutableArray<ForeignWord>> Words = new(LoadWords);
    private static readonly Lazy<FrozenSet<string>> ProvincesWithPrefectures =
        new(() => RuleData.ReadTable("autonomous_prefectures.tsv").Select(row => row[0]).ToFrozenSet(StringComparer.Ordinal));

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => [Rule];

    public override void Initialize(AnalysisContext context) => context.RegisterDocumentAction(Analyze);

    private static void Analyze(DocumentAnalysisContext context)
    {
        var facts = context.Facts;
        if (facts.Genre == ReportGenre.Unknown) return;
        var ignored = context.Options.GetList(Rule.Id, "ignoreWords");
        bool underDistrict = DistrictScope.IsUnderDistrict(facts, context.Tokens, context.Text.Content);
        string content = context.Text.Content;
        var (unitName, levelName) = BranchScope.Of(facts, context.Syntax.Title is { } title ? context.Text.ToString(title.Span) : "");
        var applicable = Words.Value.Where(w => w.AppliesTo(facts, levelName, ProvincesWithPrefectures.Value, underDistrict, content) && !ignored.Contains(w.Word))
            .Concat(context.Options.GetList(Rule.Id, "extraForeignWords").Select(ForeignWord.Configured))
            .ToList();
        if (applicable.Count == 0) return;

        var titles = QuotedSpans.Of(context.Text, context.Syntax, titlesOnly: true);
        var matches = new List<(TextSpan Span, ForeignWord Word)>();
        foreach (var word in applicable)
        {
            if (!content.Contains(word.Word, StringComparison.Ordinal)) continue;
            foreach (var span in FindOnWordBoundaries(content, context.Tokens, context.Tokenizer, word.Word))
                if (!titles.Contains(span) && !AfterProvinceName(context.Tokens, span) && !AfterNamedUnitOfItsLevel(context.Tokens, span, word.Word) && !AfterNamedUnitInClause(context.Tokens, span, word.Word)
                    && word.AllowsNext(context.Tokens, span.End) && word.AllowsPrevious(context.Tokens.Before(span.Start))
                    && word.AllowsClause(context.Tokens, span.End) && !IsEachUnitsOwn(content, span, word.Word)
                    && !IsInvitedPerson(context.Tokens, span, word.Word)) matches.Add((span, word));
        }
        if (matches.Count == 0) return;
        foreach (var (span, word) in MergeOverlapping(matches))
            context.Report(Rule, span, null, DescribeDocument(facts, unitName, word, content), content.Substring(span.Start, span.Length), word.Home);
    }

    /// <summary>The matches in text order, overlapping ones joined into one finding over their union (各社区 and 社区居民 in
    /// 辖区各社区居民 are one wording: 各社区居民), described by the first of them.</summary>
    private static IEnumerable<(TextSpan Span, ForeignWord Word)> MergeOverlapping(List<(TextSpan Span, ForeignWord Word)> matches)
    {
        (TextSpan Span, ForeignWord Word)? current = null;
        foreach (var match in matches.OrderBy(m => m.Span.Start).ThenByDescending(m => m.Span.Length))
        {
            if (current is { } open && match.Span.Start < open.Span.End)
            {
                current = (TextSpan.FromBounds(open.Span.Start, Math.Max(open.Span.End, match.Span.End)), open.Word);
                continue;
            }
            if (current is { } done) yield return done;
            current = match;
        }
        if (current is { } last) yield return last;
    }

    /// <summary>The occurrences of a listed word whose ends lie on word boundaries, so that 全州 is never found inside 全州县. A boundary
    /// is a token boundary, or a place inside a token jieba invented (not in its dictionary) right after a one-character marker it
    /// fused with the word (对旗委, 到嘎查); the end may also lie inside such an invented token, and a listed phrase of four or more
    /// characters may end inside a dictionary word (居民群众反映 read as 居民|群众反映).</summary>
    private static IEnumerable<TextSpan> FindOnWordBoundaries(string content, TokenList tokens, ITokenizer tokenizer, string word)
    {
        for (int i = content.IndexOf(word, StringComparison.Ordinal); i >= 0; i = content.IndexOf(word, i + 1, StringComparison.Ordinal))
        {
            int end = i + word.Length;
            bool startOk = tokens.StartsAt(i) || InventedToken(tokens, tokenizer, i) is { } token && i - token.Start == 1 && FusedMarkers.Contains(content[token.Start]);
            if (startOk && (tokens.EndsAt(end) || word.Length >= 4 || InventedToken(tokens, tokenizer, end - 1) is { } last && last.End > end
                    || IsSelfReferenceBeforePlace(content, tokens, word, end)))
                yield return new TextSpan(i, word.Length);
        }
    }

    /// <summary>True for a self-reference (我局, 本院) whose unit character jieba joined with a following 内/外/属 (我|局内网, 本|院外):
    /// the word still ends at the unit.</summary>
    private static bool IsSelfReferenceBeforePlace(string content, TokenList tokens, string word, int end) =>
        word.Length == 2 && word[0] is '我' or '本' && tokens.StartsAt(end - 1) && end < content.Length && PlaceAfterUnit.Contains(content[end])
        && tokens[tokens.IndexAt(end - 1)].End == end + 1;

    /// <summary>Characters jieba joins to a unit's character (局内, 院外, 校属).</summary>
    private const string PlaceAfterUnit = "内外属";

    /// <summary>One-character words jieba fuses with an unknown word after them (对旗委, 到嘎查结).</summary>
    private const string FusedMarkers = "对到在与和向为是把从赴给";

    /// <summary>The Han token holding <paramref name="position"/> when jieba invented it (its dictionary does not list it), else null.</summary>
    private static Token? InventedToken(TokenList tokens, ITokenizer tokenizer, int position)
    {
        int index = tokens.IndexAt(position);
        return index < tokens.Count && tokens[index] is { IsHan: true } token && token.Start <= position && tokenizer.GetFrequency(token.Text) == 0 ? token : null;
    }

    /// <summary>True after a province's name (云南省委, 浙江全省): that province is named, not the report's own level.</summary>
    private static bool AfterProvinceName(TokenList tokens, TextSpan span) =>
        tokens.Before(span.Start) is { } before && before.End == span.Start
        && Provinces.All.Any(p => before.Text == p.ShortName || before.Text == p.FullName);

    /// <summary>True for a scope word right after a named unit of its level (平川县全县, 青石镇全镇): that unit is named, whatever the report's own level.</summary>
    private static bool AfterNamedUnitOfItsLevel(TokenList tokens, TextSpan span, string word) =>
        word.Length >= 2 && word[0] == '全' && tokens.Before(span.Start) is { IsHan: true } before && before.End == span.Start
        && before.Text[^1] == word[1];

    /// <summary>True for a scope word whose clause names a unit of its level earlier (据温州市失业保险机构调查…对全市…企业): that unit's scope.</summary>
    private static bool AfterNamedUnitInClause(TokenList tokens, TextSpan span, string word)
    {
        if (word.Length != 2 || word[0] != '全') return false;
        for (int k = tokens.IndexAt(span.Start) - 1; k >= 0 && tokens[k].End <= span.Start && !ClauseBreaks.Contains(tokens[k].Text[0]); k--)
            if (tokens[k] is { IsHan: true } token && token.Text.Length >= 3 && token.Text[^1] == word[1]) return true;
        return false;
    }

    /// <summary>True for 本X after 各X earlier in its sentence (各村党组织书记要结合本村实际): each of the report's subordinate units
    /// speaking of its own, not the report's unit calling itself X.</summary>
    private static bool IsEachUnitsOwn(string content, TextSpan span, string word)
    {
        if (word.Length < 2 || word[0] != '本') return false;
        int sentenceStart = content.LastIndexOfAny(SentenceEnds, Math.Max(0, span.Start - 1)) + 1;
        return content.AsSpan(sentenceStart, span.Start - sentenceStart).IndexOf(("各" + word[1..]).AsSpan(), StringComparison.Ordinal) >= 0;
    }

    private static readonly char[] SentenceEnds = ['。', '！', '？', '!', '?', '\n'];

    /// <summary>Verbs that bring people of another kind of unit in (邀请医护人员、交警进校园, 聘请律师): they are guests, not the report's staff.</summary>
    private static readonly string[] InvitingVerbs = ["邀请", "聘请", "特邀", "约请", "请来", "邀"];

    /// <summary>Tokens looked back over within the clause for an inviting verb (邀请|律师|、|人民调解员|、|医护人员).</summary>
    private const int MaxInvitedListTokens = 6;

    /// <summary>Endings of the table's words for people (医护人员, 干警, 师生, 教职工); an invited body (邀请镇居委会) is still copied.</summary>
    private static readonly string[] PersonEndings = ["人员", "干警", "师生", "教职工", "医生", "护士"];

    /// <summary>True for a word for people (医护人员, not 居委会 or 全镇) after an inviting verb in its clause.</summary>
    private static bool IsInvitedPerson(TokenList tokens, TextSpan span, string word)
    {
        if (!PersonEndings.Any(word.EndsWith)) return false;
        int first = tokens.IndexAt(span.Start);
        for (int k = first - 1; k >= 0 && k >= first - MaxInvitedListTokens && !ClauseBreaks.Contains(tokens[k].Text[0]); k--)
            if (Array.IndexOf(InvitingVerbs, tokens[k].Text) >= 0) return true;
        return false;
    }

    /// <summary>Punctuation that ends a clause (also read by the rows' clause conditions).</summary>
    private const string ClauseBreaks = "，,。；;：:！!？?\n";

    /// <summary>What the report is, worded for the message: its unit, or the region evidence for region-bound words; empty when unknown.</summary>
    private static string DescribeDocument(DocumentFacts facts, string? unitName, ForeignWord word, string content) => word.Region switch
    {
        RegionCondition.OutsideInnerMongolia when facts.Province is { } province => $"本材料属{province}，不设盟、旗、苏木、嘎查，",
        RegionCondition.OutsideInnerMongolia => FactsInference.InferInnerMongolia(content).Evidence is { } evidence
            ? $"本材料有“{evidence}”等表述，所在地不是内蒙古，"
            : "本材料的单位名称和正文别处都没有内蒙古的表述，",
        RegionCondition.InsideInnerMongolia when word.Home == "省" => "本材料属内蒙古自治区，本级是“自治区”而不是“省”，",
        RegionCondition.NoAutonomousPrefecture => $"本材料属{facts.Province ?? "内蒙古自治区"}，该地不设自治州，",
        RegionCondition.UnderDistrict => unitName is { } districtUnit
            ? $"本材料为{UnitLabel(facts.UnitType, districtUnit)}（{districtUnit}），所在的是区而不是县，"
            : "本材料所在的是区而不是县，",
        _ when facts.UnitType == UnitType.Unknown => "",
        _ => unitName is { } name ? $"本材料为{UnitLabel(facts.UnitType, name)}（{name}），" : $"本材料为{UnitLabel(facts.UnitType, null)}，",
    };

    /// <summary>Endings of a department-typed name that make it an institution, not an organ of government (江州市中心血站, 疾病预防控制中心, 档案馆).</summary>
    private static readonly string[] InstitutionEndings = ["站", "中心", "馆"];

    private static string UnitLabel(UnitType type, string? name) => type switch
    {
        UnitType.Department when name is not null && InstitutionEndings.Any(name.EndsWith) => "事业单位",
        UnitType.Province => "省级单位",
        UnitType.AutonomousRegion => "自治区级单位",
        UnitType.Municipality => "直辖市",
        UnitType.City => "市级单位",
        UnitType.League => "盟级单位",
        UnitType.Prefecture => "地区",
        UnitType.AutonomousPrefecture => "自治州",
        UnitType.County => "县级单位",
        UnitType.District => "区级单位",
        UnitType.Banner => "旗级单位",
        UnitType.Town => "镇级单位",
        UnitType.Township => "乡级单位",
        UnitType.Sumu => "苏木",
        UnitType.Subdistrict => "街道",
        UnitType.Community => "社区",
        UnitType.Village => "村级组织",
        UnitType.Gacha => "嘎查",
        UnitType.Department => "机关部门",
        UnitType.School => "学校",
        UnitType.Hospital => "医院",
        UnitType.Enterprise => "企业",
        _ => "单位",
    };

    private static ImmutableArray<ForeignWord> LoadWords() =>
    [
        .. RuleData.ReadTable("foreign_unit_words.tsv").Select(row => new ForeignWord(
            row[0],
            row[1],
            row[2] == "*" ? null : row[2].Split(',').Select(Enum.Parse<UnitType>).ToFrozenSet(),
            row[3] switch
            {
                "any" => RegionCondition.Any,
                "outside-im" => RegionCondition.OutsideInnerMongolia,
                "inside-im" => RegionCondition.InsideInnerMongolia,
                "no-prefecture" => RegionCondition.NoAutonomousPrefecture,
                "under-district" => RegionCondition.UnderDistrict,
                "not-im" => RegionCondition.NotInsideInnerMongolia,
                "sole-mention" => RegionCondition.SoleMention,
                "no-autonomous-region" => RegionCondition.NoAutonomousRegion,
                "under-subdistrict" => RegionCondition.UnderSubdistrict,
                "under-township" => RegionCondition.UnderTownship,
                "no-prefecture-named" => RegionCondition.NoPrefectureNamed,
                var other => throw new InvalidOperationException($"foreign_unit_words.tsv：未知的 region“{other}”。"),
            },
            ListColumn(row, 4),
            ListColumn(row, 6),
            ListColumn(row, 7),
            ListColumn(row, 8),
            ListColumn(row, 9),
            ListColumn(row, 10))),
    ];

    private static string[] ListColumn(string[] row, int column) => row.Length > column && row[column].Length > 0 ? row[column].Split(',') : [];

    private enum RegionCondition
    {
        Any,
        OutsideInnerMongolia,
        InsideInnerMongolia,
        NoAutonomousPrefecture,

        /// <summary>The report is not known to come from 内蒙古 (where 省 words have rows of their own).</summary>
        NotInsideInnerMongolia,

        /// <summary>The report is a 区 or a unit inside a 区 (<see cref="DistrictScope"/>): a 区 is no 县.</summary>
        UnderDistrict,

        /// <summary>The report names the row's home (社区) nowhere else and lists its own units as villages only (各村, 镇村两级):
        /// a 镇 with communities writes 各村（社区）and names them again.</summary>
        SoleMention,

        /// <summary>Nothing places the report in an autonomous region (named in the facts or the text, 自治区, 区党委) or under a
        /// prefecture (地委, 行署), where 全区 is that superior.</summary>
        NoAutonomousRegion,

        /// <summary>The text names a 街道 (a community's usual superior: 街道党工委、街道办事处) and no organ of a 乡 or 镇 (乡党委、镇政府):
        /// a community under a 镇 or 乡 would write to that superior, so 全乡, 全镇 are copied there.</summary>
        UnderSubdistrict,

        /// <summary>The text names an organ of a 镇 or 乡 (镇党委、乡政府) as the report's superior: a village under a 镇 does not report
        /// to a 街道, so 向街道报告 is copied from a village under a 街道.</summary>
        UnderTownship,

        /// <summary>The word is the text's only mention of a prefecture (州) and no organ of one (州委、州政府、自治州) is named: a
        /// unit under a prefecture names it as its superior again and again, so a lone 全州 is copied.</summary>
        NoPrefectureNamed,
    }

    /// <summary>One row of foreign_unit_words.tsv: the word, the unit it belongs to, the reports it is foreign in, and the words that
    /// must follow it (empty: any), <c>@number</c> standing for a figure (全市新增…, 全市共…, 全市27处: the unit's own figures), the
    /// words after which it is not reported (集镇各街道), the words it must follow (确保全市…: the report's own work on that scope; empty:
    /// any) and the words that, later in its clause, make it the superior's (确保全市安全生产会议精神落实).</summary>
    private sealed record ForeignWord(
        string Word, string Home, FrozenSet<UnitType>? FlagIn, RegionCondition Region, string[] UnlessName, string[] IfName, string[] NextWords,
        string[] NotAfter, string[] OnlyAfter, string[] UnlessInClause)
    {
        private const string NumberMarker = "@number";

        /// <summary>A word the configuration names as foreign to these reports (a neighbour's name, another unit's slogan).</summary>
        public static ForeignWord Configured(string word) => new(word, "其他单位", null, RegionCondition.Any, [], [], [], [], [], []);

        /// <summary>True unless the word just before is one after which the word has its ordinary sense (集镇各街道: streets), and, for a
        /// row that names the words it must follow, when it follows one of them.</summary>
        public bool AllowsPrevious(Token? previous)
        {
            if (OnlyAfter.Length > 0 && (previous is not { } before || Array.IndexOf(OnlyAfter, before.Text) < 0)) return false;
            return NotAfter.Length == 0 || previous is not { } token || Array.IndexOf(NotAfter, token.Text) < 0;
        }

        /// <summary>False when a word of the row's superior list follows in the same clause (确保全市安全生产会议精神落实: the city's meeting).</summary>
        public bool AllowsClause(TokenList tokens, int end)
        {
            if (UnlessInClause.Length == 0) return true;
            for (int k = tokens.IndexAt(end); k < tokens.Count && !ClauseBreaks.Contains(tokens[k].Text[0]); k++)
                if (Array.IndexOf(UnlessInClause, tokens[k].Text) >= 0) return false;
            return true;
        }

        /// <summary>True when the row has no next-word condition or the token after the word meets it; for a row that takes figures
        /// (@number), also when the subject the word opens is followed, within a few words of its clause, by one of the row's verbs and a
        /// figure (全市一般公共预算收入完成9.2亿元, 全市小型水库累计完成43座), unless the sentence goes on to the report's own scope (其中我县…: the superior's total).</summary>
        public bool AllowsNext(TokenList tokens, int end)
        {
            if (NextWords.Length == 0) return true;
            if (tokens.After(end) is not { } next) return false;
            if (Matches(next)) return true;
            if (Array.IndexOf(NextWords, NumberMarker) < 0) return false;
            int first = tokens.IndexAt(end);
            for (int k = first + 1; k < tokens.Count && k <= first + MaxSubjectWords && !ClauseBreaks.Contains(tokens[k].Text[0]); k++)
            {
                if ((Array.IndexOf(NextWords, tokens[k].Text) >= 0 || IsRemainingStockVerb(tokens, k))
                    && k + 1 < tokens.Count && char.IsAsciiDigit(tokens[k + 1].Text[0]))
                    return !SentenceGoesOnToOwnScope(tokens, k + 1);
            }
            return false;
        }

        private bool Matches(Token token)
        {
            foreach (string word in NextWords)
                if (word == NumberMarker ? char.IsAsciiDigit(token.Text[0]) : token.Text == word) return true;
            return false;
        }

        /// <summary>仍有, 尚有, 还有 (one token or 仍|有): what remains undone, counted for a row taking figures only when a figure follows
        /// (全市仍有2800余万元 is the unit's own backlog; 全市农村有8万户 and 在全市有影响 are the superior's).</summary>
        private static bool IsRemainingStockVerb(TokenList tokens, int k) =>
            tokens[k].Text is "仍有" or "尚有" or "还有" || tokens[k].Text == "有" && k > 0 && tokens[k - 1].Text is "仍" or "尚" or "还";

        /// <summary>Words after the subject before the verb: 全市|一般|公共|预算|收入|完成.</summary>
        private const int MaxSubjectWords = 5;

        /// <summary>Words that name the report's own share after a superior's total (全市完成9亿元，其中我县…).</summary>
        private static readonly string[] OwnScopeWords = ["其中", "我县", "全县", "本县", "我旗", "全旗", "我区", "全区", "我局"];

        private static bool SentenceGoesOnToOwnScope(TokenList tokens, int from)
        {
            for (int k = from; k < tokens.Count && tokens[k].Text[0] is not ('。' or '\n'); k++)
                if (Array.IndexOf(OwnScopeWords, tokens[k].Text) >= 0) return true;
            return false;
        }

        /// <summary>True when the row applies to the report; <paramref name="levelName"/> is the part of the unit's name that gives its
        /// level (<see cref="BranchScope"/>), which the row's name conditions read.</summary>
        public bool AppliesTo(DocumentFacts facts, string? levelName, FrozenSet<string> provincesWithPrefectures, bool underDistrict, string content)
        {
            if (FlagIn is not null && !FlagIn.Contains(facts.UnitType)) return false;
            string name = levelName ?? "";
            if (ContainsAny(name, UnlessName)) return false;
            if (IfName.Length > 0 && !ContainsAny(name, IfName)) return false;
            return Region switch
            {
                RegionCondition.OutsideInnerMongolia => facts.InInnerMongolia == false,
                RegionCondition.InsideInnerMongolia => facts.InInnerMongolia == true,
                RegionCondition.NoAutonomousPrefecture => facts.InInnerMongolia == true
                    || facts.Province is { } province && !provincesWithPrefectures.Contains(province),
                RegionCondition.UnderDistrict => underDistrict,
                RegionCondition.NotInsideInnerMongolia => facts.InInnerMongolia != true,
                RegionCondition.SoleMention => IsSoleMentionAmongVillages(content),
                RegionCondition.NoAutonomousRegion => facts.InInnerMongolia != true && !MentionsAutonomousRegion(facts.Province ?? "")
                    && !MentionsAutonomousRegion(content),
                RegionCondition.UnderSubdistrict => content.Contains("街道", StringComparison.Ordinal) && !ContainsAny(content, TownshipOrgans),
                RegionCondition.UnderTownship => ContainsAny(content, TownshipOrgans),
                RegionCondition.NoPrefectureNamed => !ContainsAny(content, PrefectureOrgans) && CountUpToTwo(content, Word) == 1,
                _ => true,
            };
        }

        /// <summary>Words that place a text in an autonomous region or under a prefecture (地委, 行署), where 全区 means that superior.</summary>
        private static readonly string[] AutonomousRegionWords = ["自治区", "区党委", "内蒙古", "广西", "西藏", "宁夏", "新疆", "地委", "行署"];

        /// <summary>Organs of a 镇 or 乡 that would make it a community's superior.</summary>
        private static readonly string[] TownshipOrgans = ["乡党委", "镇党委", "乡政府", "镇政府", "乡人民政府", "镇人民政府", "乡镇党委", "乡镇政府"];

        /// <summary>Words that name a prefecture (州) as a superior or a unit of it; 州市 and 州县 also keep city names (杭州市) out.</summary>
        private static readonly string[] PrefectureOrgans = ["州委", "州政府", "州人民政府", "自治州", "州直", "我州", "本州", "州级", "州纪委", "州人大", "州政协", "州里", "州市", "州县"];

        private static bool MentionsAutonomousRegion(string text) => ContainsAny(text, AutonomousRegionWords);

        /// <summary>Lists of the report's own units that name villages only: 各村, 镇村 (镇村两级, 镇村干部), 乡村两级, 11个行政村 (a 镇 with
        /// communities writes 各村（社区）or 10个行政村和1个社区, which names 社区 a second time).</summary>
        private static readonly string[] VillageOnlyLists = ["各村", "镇村", "乡村两级", "个行政村"];

        /// <summary>True when the home (社区) or, for a word that does not contain it (居委会), the word itself is mentioned once in all
        /// and the report's own units are listed as villages only.</summary>
        private bool IsSoleMentionAmongVillages(string content)
        {
            int mentions = CountUpToTwo(content, Home) + (Word.Contains(Home, StringComparison.Ordinal) ? 0 : CountUpToTwo(content, Word));
            if (mentions != 1) return false;
            foreach (string list in VillageOnlyLists)
                if (content.Contains(list, StringComparison.Ordinal)) return true;
            return false;
        }

        private static int CountUpToTwo(string content, string part)
        {
            int first = content.IndexOf(part, StringComparison.Ordinal);
            if (first < 0) return 0;
            return content.IndexOf(part, first + part.Length, StringComparison.Ordinal) >= 0 ? 2 : 1;
        }

        /// <summary>A loop, not <c>Any</c> with a lambda: this runs for every word of the table on every document.</summary>
        private static bool ContainsAny(string name, string[] parts)
        {
            foreach (string part in parts)
                if (name.Contains(part, StringComparison.Ordinal)) return true;
            return false;
        }
    }
}
