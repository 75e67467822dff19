using System.Collections.Frozen;
using System.Collections.Immutable;
using System.Text.RegularExpressions;
using ReviewLint.Analysis;
using ReviewLint.Diagnostics;
using ReviewLint.Syntax;
using ReviewLint.Text;
using ReviewLint.Tokenization;

namespace ReviewLint.Analyzers.Consistency;

/// <summary>RL4003: another unit's name of the same kind left in a self-referring position (柳河镇党委 in a 青石镇 report), typically a template leftover.</summary>
public sealed partial class UnitNameInconsistencyAnalyzer : DiagnosticAnalyzer
{
    public static readonly DiagnosticDescriptor Rule = new(
        "RL4003", "unit-name-inconsistency", "单位名称前后不一致",
        "本材料的单位是{0}，此处“{1}”疑为套用其他材料后未改的单位名称。",
        DiagnosticCategory.Consistency, DiagnosticSeverity.Warning,
        description: "标题或开头确定了本单位（如青石镇），正文以本单位口吻出现的同类单位名称（如“柳河镇党委”）却不同，多为套用模板后未改。与其他单位交流、学习、结对等提及不报。");

    private const int MaxStemLength = 6;
    private const string PlaceholderChars = "XＸx×＊*某○";

    /// <summary>Tokens before a name that make it a mention of another unit (与、到、学习、借鉴 …), not the author.</summary>
    private static readonly FrozenSet<string> MentionMarkers = FrozenSet.ToFrozenSet(
    [
        "到", "赴", "去", "前往", "来自", "与", "和", "同", "跟", "向", "对", "比", "学习", "借鉴", "参观", "考察", "邀请", "联合", "协助", "帮助",
        "帮扶", "结对", "对口", "兄弟", "邻近", "周边", "相邻", "毗邻", "配合", "会同", "协调", "联系", "受", "在", "由", "及", "以及", "、", "了",
        "得到", "获得", "指导", "支持", "原", "给", "为", "把", "被",
    ], StringComparer.Ordinal);

    /// <summary>Words before a mention in the same clause (与相邻的柳河镇党委开展联建), looked for back to the clause start.</summary>
    private static readonly FrozenSet<string> ClauseMentionMarkers = FrozenSet.ToFrozenSet(
    [
        "与", "同", "跟", "和", "到", "赴", "去", "前往", "向", "学习", "借鉴", "参观", "考察", "邀请", "联合", "协助", "帮助", "帮扶", "结对",
        "对口", "兄弟", "邻近", "周边", "相邻", "毗邻", "配合", "会同", "联系", "得到", "获得", "受",
    ], StringComparer.Ordinal);

    /// <summary>Dictionary words this frequent are ordinary words (带领、落实), not place names, unless listed as names.</summary>
    private const int OrdinaryWordFrequency = 1500;

    /// <summary>Characters this rare are a name's characters (柳 2495, 亭 2829), not words of the sentence (在, 抓 6491).</summary>
    private const int RareCharacterFrequency = 5000;

    private static readonly Lazy<ILookup<string, string>> Stems =
        new(() => RuleData.ReadTable("unit_name_stems.tsv").ToLookup(row => row[1], row => row[0], StringComparer.Ordinal));
    private static readonly Lazy<FrozenSet<string>> NotNames = new(() => Stems.Value["generic"].Concat(Stems.Value["verb"]).ToFrozenSet(StringComparer.Ordinal));
    private static readonly Lazy<FrozenSet<string>> FrequentNames = new(() => Stems.Value["name"].ToFrozenSet(StringComparer.Ordinal));

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => [Rule];

    public override void Initialize(AnalysisContext context) => context.RegisterDocumentAction(Analyze);

    private static void Analyze(DocumentAnalysisContext context)
    {
        if (context.Facts.Genre == ReportGenre.Unknown || context.Facts.UnitName is not { } own) return;
        string suffix = FactsInference.SuffixOf(own);
        string ownStem = ShortStem(own[..^suffix.Length]);
        if (suffix.Length == 0 || IsPlaceholder(ownStem)) return;

        string content = context.Text.Content;
        var tokens = context.Tokens;
        var quoted = QuotedSpans.Of(context.Text, context.Syntax);
        for (int p = content.IndexOf(suffix, StringComparison.Ordinal); p >= 0; p = content.IndexOf(suffix, p + 1, StringComparison.Ordinal))
        {
            if (NameEndingAt(content, tokens, context.Tokenizer, ownStem, p, suffix.Length) is not { } found) continue;
            var nameSpan = WidenedToOwnLength(content, tokens, context.Tokenizer, ownStem, found, p);
            string stem = content[nameSpan.Start..p];
            if (SameUnit(ownStem, stem) || quoted.Contains(nameSpan)) continue;
            if (!InSelfPosition(content, tokens, nameSpan, requireOrganization: !DiffersInOneCharacter(ownStem, stem))) continue;
            string ownShort = ownStem + suffix;
            context.Report(Rule, nameSpan, Fix.Replace(nameSpan, ownShort, isSafe: false), own, content.Substring(nameSpan.Start, nameSpan.Length));
        }
    }

    /// <summary>The span of the unit name whose suffix starts at <paramref name="suffixStart"/>, read on token boundaries: the token
    /// holding the suffix (杨庄村) or the word before it (柳河 镇), widened over a generic word jieba read with the suffix (城关 中心小学); null when there is no proper name.</summary>
    private static TextSpan? NameEndingAt(string content, TokenList tokens, ITokenizer tokenizer, string ownStem, int suffixStart, int suffixLength)
    {
        int index = tokens.IndexAt(suffixStart);
        if (index >= tokens.Count) return null;
        var token = tokens[index];
        int stemStart;
        bool suffixInsideWord = token.Start < suffixStart && token.End == suffixStart + suffixLength;
        if (suffixInsideWord)
        {
            stemStart = token.Start;
            // 青|山镇: jieba read the last character of the name with the suffix; the single character before it completes a name one
            // character off the own one (not 均|经局党组, where the characters are words of the sentence).
            if (suffixStart - stemStart == 1 && index > 0 && tokens[index - 1] is { IsHan: true, Text.Length: 1 } single && single.End == stemStart
                && !MentionMarkers.Contains(single.Text) && DiffersInOneCharacter(ownStem, content[single.Start..suffixStart])) stemStart = single.Start;
        }
        else if (token.Start == suffixStart && index > 0 && tokens[index - 1] is var previous && previous.End == suffixStart
                 && (previous is { IsHan: true, Text.Length: >= 2 } || IsPlaceholder(previous.Text))) stemStart = previous.Start;
        else if (token.Start == suffixStart && index > 0 && tokens[index - 1] is { IsHan: true, Text.Length: 1 } last && last.End == suffixStart) stemStart = last.Start;
        else return null;
        // 柳|塘村, 雨花|亭|街道: jieba split a name before its last character; the name token before that character completes it.
        if (suffixStart - stemStart == 1 && NameTokenBefore(tokens, tokenizer, stemStart) is { } nameStart) stemStart = nameStart;
        int previousIndex = tokens.IndexAt(stemStart) - 1;
        while (suffixInsideWord && previousIndex >= 0 && tokens[previousIndex] is { IsHan: true, Text.Length: >= 2 } extra && extra.End == stemStart
               && NotNames.Value.Contains(content[stemStart..suffixStart])
               && suffixStart - extra.Start <= MaxStemLength)
        {
            stemStart = extra.Start;
            previousIndex--;
        }
        string stem = content[stemStart..suffixStart];
        if (stem.Length < ownStem.Length && ownStem.EndsWith(stem, StringComparison.Ordinal)
            && WidenedToAdministrativePrefix(content, tokens, stemStart, suffixStart, ownStem) is { } prefixed) return TextSpan.FromBounds(prefixed, suffixStart + suffixLength);
        if (stem.Length is < 2 or > MaxStemLength || NotNames.Value.Contains(stem) || "各我该每此这那全本".Contains(stem[0])) return null;
        if (tokenizer.GetFrequency(stem) >= OrdinaryWordFrequency && !FrequentNames.Value.Contains(stem) && !OrdinalStem().IsMatch(stem)) return null;
        return TextSpan.FromBounds(stemStart, suffixStart + suffixLength);
    }

    /// <summary>The start of 柳 in 柳|塘村 or of 雨花 in 雨花|亭|街道: the character at <paramref name="characterStart"/> is a rare one, a
    /// name's last character rather than a word of the sentence (在、抓), and the adjoining token before it is a proper name (not a
    /// mention marker, a pronoun or an ordinary word); null otherwise.</summary>
    private static int? NameTokenBefore(TokenList tokens, ITokenizer tokenizer, int characterStart)
    {
        int index = tokens.IndexAt(characterStart);
        if (index <= 0 || index >= tokens.Count || tokenizer.GetFrequency(tokens[index].Text.AsSpan(0, 1)) >= RareCharacterFrequency) return null;
        var before = tokens[index - 1];
        if (!before.IsHan || before.End != characterStart || before.Text.Length > MaxStemLength - 1 || MentionMarkers.Contains(before.Text)) return null;
        if ("各我该每此这那全本".Contains(before.Text[0]) || NotNames.Value.Contains(before.Text)) return null;
        bool ordinary = before.Text.Length == 1 ? tokenizer.GetFrequency(before.Text) >= RareCharacterFrequency
            : tokenizer.GetFrequency(before.Text) >= OrdinaryWordFrequency && !FrequentNames.Value.Contains(before.Text);
        return ordinary ? null : before.Start;
    }

    /// <summary>巴彦|诺尔嘎查 in a 呼和诺尔嘎查 report: jieba split the name, and the stem read on token boundaries (诺尔) is only the
    /// shared end of the own stem. The proper-name token before it, of the length the own stem needs, belongs to the name.</summary>
    private static TextSpan WidenedToOwnLength(string content, TokenList tokens, ITokenizer tokenizer, string ownStem, TextSpan name, int suffixStart)
    {
        int stemLength = suffixStart - name.Start;
        if (stemLength >= ownStem.Length || !ownStem.EndsWith(content[name.Start..suffixStart], StringComparison.Ordinal)) return name;
        if (tokens.Before(name.Start) is not { IsHan: true } before || before.End != name.Start || before.Text.Length != ownStem.Length - stemLength) return name;
        string widened = before.Text + content[name.Start..suffixStart];
        if (widened == ownStem || MentionMarkers.Contains(before.Text) || NotNames.Value.Contains(before.Text) || "各我该每此这那全本".Contains(before.Text[0])) return name;
        if (tokenizer.GetFrequency(before.Text) >= OrdinaryWordFrequency && !FrequentNames.Value.Contains(before.Text)) return name;
        return TextSpan.FromBounds(before.Start, name.End);
    }

    /// <summary>临溪县|交通|投资|集团 in a 临溪县城乡发展投资集团 report: the stem read on token boundaries (投资) is only the shared end of
    /// the own stem, and the tokens before it back to a single 县/市/区 token (no mention marker, pronoun or generic word among them)
    /// make a different name; the start of that name, or null.</summary>
    private static int? WidenedToAdministrativePrefix(string content, TokenList tokens, int stemStart, int suffixStart, string ownStem)
    {
        int start = stemStart;
        for (int index = tokens.IndexAt(stemStart) - 1; index >= 0; index--)
        {
            var token = tokens[index];
            if (!token.IsHan || token.End != start) return null;
            if (token.Text.Length == 1 && "省市县区旗盟".Contains(token.Text[0]))
                return start < stemStart && content[start..suffixStart] != ownStem ? start : null;
            if (suffixStart - token.Start > MaxStemLength || MentionMarkers.Contains(token.Text) || NotNames.Value.Contains(token.Text)
                || "各我该每此这那全本".Contains(token.Text[0])) return null;
            start = token.Start;
        }
        return null;
    }

    /// <summary>青山 against 青石: stems of the same length that differ in exactly one character, a slip of the template or of the pen.</summary>
    private static bool DiffersInOneCharacter(string ownStem, string stem)
    {
        if (ownStem.Length != stem.Length) return false;
        int differences = 0;
        for (int i = 0; i < stem.Length; i++)
            if (stem[i] != ownStem[i]) differences++;
        return differences == 1;
    }

    /// <summary>True when the name speaks as the author: an organisation word follows (柳河镇党委坚持…) unless <paramref name="requireOrganization"/>
    /// is false (a near copy of the own name, 推动青山镇各项事业), and nothing before it in the clause nor right after it marks it as a
    /// mention (与相邻的柳河镇党委、柳河镇党委的经验).</summary>
    private static bool InSelfPosition(string content, TokenList tokens, TextSpan name, bool requireOrganization)
    {
        var organization = OrganizationAfterName().Match(content, name.End);
        bool hasOrganization = organization.Success && organization.Index == name.End;
        if (!hasOrganization && requireOrganization) return false;
        int after = name.End + (hasOrganization ? organization.Length : 0);
        if (after < content.Length && content[after] is '的' or '、') return false;
        if (tokens.Before(name.Start) is { } before && before.End == name.Start && MentionMarkers.Contains(before.Text)) return false;
        if (MentionEarlierInClause(content, tokens, name.Start)) return false;
        if (PersonTitle().Match(content, after) is { Success: true } title && title.Index == after)
            return content.AsSpan(Math.Max(0, name.Start - 4), Math.Min(4, name.Start)) is var lead && (lead.EndsWith("作为") || lead.EndsWith("担任"));
        return true;
    }

    private static bool MentionEarlierInClause(string content, TokenList tokens, int position)
    {
        for (int index = tokens.IndexAt(position) - 1; index >= 0; index--)
        {
            var token = tokens[index];
            if (token.Kind == TokenKind.Punctuation || content.AsSpan(token.Start, token.Span.Length).ContainsAny('\n', '\r')) return false;
            if (ClauseMentionMarkers.Contains(token.Text)) return true;
        }
        return false;
    }

    private static bool SameUnit(string ownStem, string stem) =>
        ownStem.StartsWith(stem, StringComparison.Ordinal) || stem.StartsWith(ownStem, StringComparison.Ordinal)
        || ownStem.EndsWith(stem, StringComparison.Ordinal) || stem.EndsWith(ownStem, StringComparison.Ordinal);

    /// <summary>The proper part of a stem: 青石 from XX县青石 (the name after its superior unit), else the whole stem.</summary>
    private static string ShortStem(string stem)
    {
        int cut = stem.LastIndexOfAny(['省', '市', '县', '区', '旗', '盟']);
        return cut >= 0 && stem.Length - cut - 1 >= 2 ? stem[(cut + 1)..] : stem;
    }

    private static bool IsPlaceholder(string stem) => stem.All(c => PlaceholderChars.Contains(c));

    [GeneratedRegex(@"\G(?:机关)?(?:第[一二三四五六七八九十0-9]{1,3})?(?:党委|党支部|党总支部?|党工委|党组(?!织)|领导班子|班子|委员会|人民政府|政府)")]
    private static partial Regex OrganizationAfterName();

    /// <summary>第二, 第十四: an ordinal names a school (第二中学) although it is an ordinary word.</summary>
    [GeneratedRegex("^第[一二三四五六七八九十]{1,3}$")]
    private static partial Regex OrdinalStem();

    [GeneratedRegex(@"\G(?:书记|副书记|委员|镇长|乡长|村长|主任|校长|院长|局长|成员)")]
    private static partial Regex PersonTitle();
}
