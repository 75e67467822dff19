using System.Collections.Frozen;
using System.Collections.Immutable;
using System.Text.RegularExpressions;
using ReviewLint.Analysis;
using ReviewLint.Diagnostics;
using ReviewLint.Syntax;
using ReviewLint.Text;
using ReviewLint.Tokenization;

namespace ReviewLint.Analyzers.Consistency;

/// <summary>RL4002: first person singular (我、本人) in a collective report, and collective or third-person self-reference (我们支部、该同志) in a personal one.</summary>
public sealed partial class PersonInconsistencyAnalyzer : DiagnosticAnalyzer
{
    public static readonly DiagnosticDescriptor Rule = new(
        "RL4002", "person-inconsistency", "人称与材料主体不一致",
        "本材料为{0}，应以{1}的口吻表述，“{2}”是{3}。",
        DiagnosticCategory.Consistency, DiagnosticSeverity.Warning,
        description: "集体材料（支部、班子对照检查材料，单位工作总结）以“我们”“支部”“班子”自称，个人材料以“我”自述；混用多为套用他人材料后未改。引号、书名号内的文字和“我为群众办实事”等固定提法不在此列。");

    /// <summary>Characters before 我 that make it part of a word: 自我、忘我、小我、大我、敌我、无我 …</summary>
    private const string WordInitialsBeforeI = "自忘小大敌无唯舍非你物";

    /// <summary>What may follow 我 to name a collective (我镇、我局、我们 are single tokens; these are split by jieba).</summary>
    private static readonly FrozenSet<string> CollectiveAfterI = FrozenSet.ToFrozenSet(
    [
        "国", "党", "军", "方", "省", "市", "县", "区", "镇", "乡", "村", "局", "委", "办", "校", "院", "司", "行", "厂", "所", "站", "队",
        "处", "科", "部", "厅", "旗", "盟", "州", "团", "师", "连", "公司", "街道", "社区", "支部", "党支部", "党委", "党组", "单位", "辖区",
        "中心", "系统", "班子", "集体", "机关", "部门", "乡镇", "苏木", "嘎查",
    ], StringComparer.Ordinal);

    /// <summary>A unit's character that jieba joined with a following 内/外/属 (我|局内网, 我|院外): 我局, 我院 speak for the unit.</summary>
    private static bool IsUnitJoinedWithPlace(string next) =>
        next.Length == 2 && "内外属".Contains(next[1]) && CollectiveAfterI.Contains(next[..1]);

    /// <summary>A unit's character that jieba joined with the start of the next word (我|局责|无旁待, 我|院中|医药): the joined token
    /// is no dictionary word, or a word starting after the unit's character and running past the token is more frequent than the
    /// token (中医 of 院中|医药) or three characters or longer (中青年 of 院中|青年), and is a noun, so jieba's cut is the weaker reading
    /// and 我局, 我院 speak for the unit. Words of their own stay
    /// singular (我|局面意识, 我|部分工作: 部分 is far more frequent than 分工; 我|区分不清: 分不清 is no noun).</summary>
    private static bool IsUnitJoinedWithNextWord(string content, ITokenizer tokenizer, Token next)
    {
        if (next.Text.Length < 2 || !next.IsHan || !CollectiveAfterI.Contains(next.Text[..1])) return false;
        int frequency = tokenizer.GetFrequency(next.Text);
        if (frequency == 0) return true;
        for (int end = next.End + 1; end <= Math.Min(content.Length, next.Start + 1 + MaxWordAfterUnit); end++)
        {
            var word = content.AsSpan(next.Start + 1, end - next.Start - 1);
            if (tokenizer.GetFrequency(word) is var crossing and > 0 && (crossing > frequency || word.Length >= 3) && IsNounLike(tokenizer.GetWordTag(word.ToString())))
                return true;
        }
        return false;
    }

    /// <summary>Nouns and abbreviations (中医 j, 中层 n, 中医药 nt), which a unit's self-reference qualifies; not 分不清 (l), 限于 (v).</summary>
    private static bool IsNounLike(string? tag) => tag is not null && (tag[0] == 'n' || tag == "j");

    /// <summary>The longest word looked up after a unit's character in <see cref="IsUnitJoinedWithNextWord"/>.</summary>
    private const int MaxWordAfterUnit = 4;

    /// <summary>Words after which 本人 starts a clause as its subject (但本人、同时本人); after a noun or a name it means “that person himself” (党员本人、张某本人).</summary>
    private static readonly FrozenSet<string> ClauseLeadsBeforeBenren = FrozenSet.ToFrozenSet(
    [
        "但", "但是", "而", "而且", "并", "也", "还", "所以", "因此", "同时", "虽然", "对此", "对于", "其中",
    ], StringComparer.Ordinal);

    private static readonly Lazy<ILookup<string, string>> Phrases =
        new(() => RuleData.ReadTable("first_person_phrases.tsv").ToLookup(row => row[1], row => row[0], StringComparer.Ordinal));

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => [Rule];

    public override void Initialize(AnalysisContext context) => context.RegisterDocumentAction(Analyze);

    private static void Analyze(DocumentAnalysisContext context)
    {
        switch (context.Facts.Voice)
        {
            case ReportVoice.Collective:
                ReportSingular(context);
                break;
            case ReportVoice.Personal:
                ReportCollective(context);
                break;
        }
    }

    private static void ReportSingular(DocumentAnalysisContext context)
    {
        string content = context.Text.Content;
        var tokens = context.Tokens;
        var quoted = QuotedSpans.Of(context.Text, context.Syntax);
        var exempt = Phrases.Value["exempt"].SelectMany(phrase => FindAll(content, phrase)).ToList();
        string document = CollectiveLabel(context.Facts.Organization);
        for (int i = 0; i < tokens.Count; i++)
        {
            var token = tokens[i];
            TextSpan? span = token.Text switch
            {
                "我" => SingularI(content, tokens, context.Tokenizer, token),
                "本人" => IsAuthorBenren(tokens, token) ? token.Span : null,
                _ => null,
            };
            if (span is not { } found || quoted.Contains(found) || AnyContains(exempt, found)) continue;
            string word = content.Substring(found.Start, found.Length);
            var fix = word == "我" ? Fix.Replace(found, "我们", isSafe: false) : null;
            context.Report(Rule, found, fix, document, "“我们”等集体", word, "第一人称单数");
        }
    }

    /// <summary>A loop, not <c>List.Exists</c> with a lambda: that would allocate a closure for every token of the document.</summary>
    private static bool AnyContains(List<TextSpan> spans, TextSpan span)
    {
        foreach (var candidate in spans)
            if (candidate.Contains(span)) return true;
        return false;
    }

    private static bool IsAuthorBenren(TokenList tokens, Token token) =>
        tokens.Before(token.Start) is not { } before || before.Kind == TokenKind.Punctuation || ClauseLeadsBeforeBenren.Contains(before.Text);

    /// <summary>The span of a singular 我 (with a following 自己/个人/本人), or null when it is part of a word, a collective (小我、我县)
    /// or the secretary speaking for the body (我代表党支部班子作对照检查).</summary>
    private static TextSpan? SingularI(string content, TokenList tokens, ITokenizer tokenizer, Token token)
    {
        if (token.Start > 0 && WordInitialsBeforeI.Contains(content[token.Start - 1])) return null;
        var next = tokens.After(token.End);
        if (next is { } n && n.Start == token.End)
        {
            if (CollectiveAfterI.Contains(n.Text) || n.Text == "代表" || IsUnitJoinedWithPlace(n.Text) || IsUnitJoinedWithNextWord(content, tokenizer, n)) return null;
            if (n.Text is "自己" or "个人" or "本人") return TextSpan.FromBounds(token.Start, n.End);
        }
        return token.Span;
    }

    private static void ReportCollective(DocumentAnalysisContext context)
    {
        string content = context.Text.Content;
        var tokens = context.Tokens;
        var quoted = QuotedSpans.Of(context.Text, context.Syntax);
        string? ledBody = BodyLedByTheAuthor(context);
        foreach (var (kind, description) in (ReadOnlySpan<(string, string)>)[("collective", "集体自称"), ("third-person", "第三人称称呼，疑为从考察评价材料中照搬")])
        {
            foreach (var phrase in Phrases.Value[kind])
            {
                if (ledBody is not null && kind == "collective" && phrase.Contains(ledBody, StringComparison.Ordinal)) continue;
                var spans = kind == "collective" ? FindCollective(content, tokens, phrase) : tokens.FindWhole(content, phrase);
                foreach (var span in spans)
                {
                    if (quoted.Contains(span)) continue;
                    context.Report(Rule, span, null, "个人材料", "“我”", phrase, description);
                }
            }
        }
    }

    /// <summary>A collective self-reference as whole tokens, or joined by jieba with a following 成员 (我们|班子成员: “we, the members
    /// of the team” is the team's voice too); other words joined to it stay unread (我们|党委书记 names a person).</summary>
    private static IEnumerable<TextSpan> FindCollective(string content, TokenList tokens, string phrase)
    {
        for (int i = content.IndexOf(phrase, StringComparison.Ordinal); i >= 0; i = content.IndexOf(phrase, i + 1, StringComparison.Ordinal))
        {
            int end = i + phrase.Length;
            if (tokens.StartsAt(i) && (tokens.EndsAt(end) || IsMembersTail(content, tokens, end))) yield return new TextSpan(i, phrase.Length);
        }
    }

    private static bool IsMembersTail(string content, TokenList tokens, int position) =>
        string.CompareOrdinal(content, position, MembersWord, 0, MembersWord.Length) == 0 && tokens.EndsAt(position + MembersWord.Length);

    private const string MembersWord = "成员";

    /// <summary>In the 述职报告 of a Party secretary (党支部书记…抓基层党建工作述职报告) the body whose secretary the title names (支部,
    /// 总支, 党委, 党工委, 党组): the secretary reports on the body he leads, so 我们支部、本支部 speak for it as its head. Other
    /// collectives (我们班子) are still reported, and a 副书记 does not lead the body. Null for other reports.</summary>
    private static string? BodyLedByTheAuthor(DocumentAnalysisContext context)
    {
        if (context.Facts.Genre != ReportGenre.DutyReport || context.Syntax.Title is not { } title) return null;
        var match = SecretaryOf().Match(context.Text.ToString(title.Span));
        return match.Success ? match.Groups["body"].Value : null;
    }

    [GeneratedRegex("(?:党)?(?<body>支部|总支|党委|党工委|党组)书记")]
    private static partial Regex SecretaryOf();

    private static string CollectiveLabel(OrganizationType organization) => organization switch
    {
        OrganizationType.Branch => "党支部集体材料",
        OrganizationType.GeneralBranch => "党总支集体材料",
        OrganizationType.Committee or OrganizationType.LeadershipTeam => "领导班子集体材料",
        OrganizationType.LeadingGroup => "党组集体材料",
        _ => "集体材料",
    };

    private static IEnumerable<TextSpan> FindAll(string content, string phrase)
    {
        for (int i = content.IndexOf(phrase, StringComparison.Ordinal); i >= 0; i = content.IndexOf(phrase, i + 1, StringComparison.Ordinal))
            yield return new TextSpan(i, phrase.Length);
    }
}
