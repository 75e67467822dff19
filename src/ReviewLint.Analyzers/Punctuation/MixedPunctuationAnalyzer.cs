using System.Buffers;
using System.Collections.Immutable;
using ReviewLint.Analysis;
using ReviewLint.Diagnostics;
using ReviewLint.Text;

namespace ReviewLint.Analyzers.Punctuation;

/// <summary>RL6002: half-width , ; : ? ! . ( ) " inside Chinese sentences, where GB/T 15834-2011 uses full-width marks; fixed safely.</summary>
public sealed class MixedPunctuationAnalyzer : DiagnosticAnalyzer
{
    public static readonly DiagnosticDescriptor Rule = new(
        "RL6002",
        "mixed-punctuation",
        "中文语句中使用了半角标点",
        "中文语句中应使用全角{1}，不用半角{0}。",
        DiagnosticCategory.Punctuation,
        DiagnosticSeverity.Warning,
        description: "中文语句中的逗号、分号、冒号、问号、叹号、句号、括号和引号应使用全角形式；数字（3.5、1,000、15:30）、网址、英文短语和只含英文或数字的括注如 (PDF) 不在此列。",
        isFixable: true);

    private const string Separators = ",;:?!.";
    private const string ChineseOpeners = "“‘《〈（【〔「『";
    private static readonly SearchValues<char> HalfWidthMarks = SearchValues.Create(Separators + "()\"");

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => [Rule];

    public override void Initialize(AnalysisContext context) => context.RegisterParagraphAction(HeadingMarkerEnd, AnalyzeParagraph);

    /// <summary>Where a heading's numbering marker ends in its paragraph (its half-width dot, as in 1., is no Chinese punctuation); null for other paragraphs.</summary>
    private static int? HeadingMarkerEnd(DocumentAnalysisContext document, Syntax.Paragraph paragraph) =>
        paragraph.Heading is { } heading ? heading.MarkerSpan.End - paragraph.Span.Start : null;

    private static void AnalyzeParagraph(ParagraphAnalysisContext context, int? headingMarkerEnd)
    {
        if (context.AsSpan().IndexOfAny(HalfWidthMarks) < 0) return;
        string text = context.Text;
        var skipped = PunctuationText.OpaqueSpans(text);
        if (headingMarkerEnd is { } markerEnd)
            skipped.Add(new TextSpan(0, markerEnd));
        var found = new SortedDictionary<int, string>();
        FindBrackets(text, skipped, found);
        FindDoubleQuotes(text, skipped, found);
        for (int i = 0; i < text.Length; i++)
            if (Separators.Contains(text[i]) && !PunctuationText.IsInside(skipped, i) && IsChineseSeparator(text, i))
                found[i] = text[i] == '.' ? "。" : ((char)(text[i] + 0xFEE0)).ToString();
        foreach (var (i, fullWidth) in found)
            Report(context, text, i, fullWidth);
    }

    /// <summary>Half-width brackets that enclose Chinese, pair with a full-width one, or stand unpaired next to Han characters.</summary>
    private static void FindBrackets(string text, List<TextSpan> skipped, SortedDictionary<int, string> found)
    {
        var open = new Stack<int>();
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            if (c is not ('(' or '（' or ')' or '）') || PunctuationText.IsInside(skipped, i)) continue;
            if (c is '(' or '（')
            {
                open.Push(i);
                continue;
            }
            if (open.Count == 0)
            {
                if (c == ')' && !PunctuationText.ClosesListMarker(text, i) && HasHanNeighbour(text, i)) found[i] = "）";
                continue;
            }
            int start = open.Pop();
            bool encloseChinese = ContainsHan(text, start + 1, i);
            bool mixedWidth = (text[start] == '(') != (c == ')');
            if (!encloseChinese && !mixedWidth) continue;
            if (text[start] == '(') found[start] = "（";
            if (c == ')') found[i] = "）";
        }
        foreach (int start in open)
            if (text[start] == '(' && HasHanNeighbour(text, start)) found[start] = "（";
    }

    /// <summary>ASCII double quotes, paired in order when a paragraph has an even number of them, around or next to Chinese.</summary>
    private static void FindDoubleQuotes(string text, List<TextSpan> skipped, SortedDictionary<int, string> found)
    {
        var quotes = new List<int>();
        for (int i = 0; i < text.Length; i++)
            if (text[i] == '"' && !PunctuationText.IsInside(skipped, i)) quotes.Add(i);
        if (quotes.Count % 2 != 0) return;
        for (int q = 0; q < quotes.Count; q += 2)
        {
            int open = quotes[q], close = quotes[q + 1];
            bool chinese = open > 0 && PunctuationText.IsHan(text[open - 1]) || close + 1 < text.Length && PunctuationText.IsHan(text[close + 1])
                           || ContainsHan(text, open + 1, close);
            if (!chinese) continue;
            found[open] = "“";
            found[close] = "”";
        }
    }

    private static bool ContainsHan(string text, int start, int end)
    {
        for (int i = start; i < end; i++)
            if (PunctuationText.IsHan(text[i])) return true;
        return false;
    }

    private static bool HasHanNeighbour(string text, int i) =>
        Previous(text, i) is int p and >= 0 && PunctuationText.IsHan(text[p]) || Next(text, i) is int n && n < text.Length && PunctuationText.IsHan(text[n]);

    /// <summary>A separator belongs to Chinese text when it follows Chinese, or follows Latin text and introduces Chinese; never inside numbers.</summary>
    private static bool IsChineseSeparator(string text, int i)
    {
        char c = text[i];
        bool digitBefore = i > 0 && char.IsAsciiDigit(text[i - 1]);
        bool digitAfter = i + 1 < text.Length && char.IsAsciiDigit(text[i + 1]);
        if (digitBefore && digitAfter) return false;
        int before = Previous(text, i), after = Next(text, i);
        while (c is '?' or '!' && before >= 0 && text[before] is '?' or '!') before = Previous(text, before);
        bool chineseAfter = after < text.Length && (PunctuationText.IsHan(text[after]) || ChineseOpeners.Contains(text[after]));
        if (c == '.') return IsChineseFullStop(text, i, chineseAfter || after == text.Length);
        if (before < 0) return false;
        return PunctuationText.IsChinese(text[before]) || chineseAfter;
    }

    /// <summary>A lone '.' right after a Han character or a closing mark, ending the paragraph or followed by Chinese: a full stop.</summary>
    private static bool IsChineseFullStop(string text, int i, bool chineseOrEndAfter)
    {
        if (i == 0 || i + 1 < text.Length && text[i + 1] == '.' || text[i - 1] == '.') return false;
        char before = text[i - 1];
        return chineseOrEndAfter && (PunctuationText.IsHan(before) || before is '”' or '’' or '）' or '》' or '】');
    }

    private static int Previous(string text, int i)
    {
        int p = i - 1;
        while (p >= 0 && PunctuationText.IsSpace(text[p])) p--;
        return p;
    }

    private static int Next(string text, int i)
    {
        int n = i + 1;
        while (n < text.Length && PunctuationText.IsSpace(text[n])) n++;
        return n;
    }

    private static void Report(ParagraphAnalysisContext context, string text, int i, string fullWidth)
    {
        // Spaces typed after an ASCII mark (or before an opening one) disappear with it when Chinese is on the other side.
        int start = i, end = i + 1;
        if (fullWidth is "（" or "“")
        {
            int p = Previous(text, i);
            if (p >= 0 && PunctuationText.IsHan(text[p])) start = p + 1;
        }
        else
        {
            int n = Next(text, i);
            if (n < text.Length && n > i + 1 && text[n] > '\u007F') end = n;
        }
        var fix = Fix.Replace(new TextSpan(start, end - start), fullWidth, isSafe: true, $"改为全角“{fullWidth}”");
        context.Report(Rule, new TextSpan(i, 1), fix, Show(text[i].ToString()), Show(fullWidth));
    }

    /// <summary>A mark as quoted in a message; quotation marks go in brackets so they are not mistaken for the message's own quotes.</summary>
    private static string Show(string mark) => mark is "\"" or "“" or "”" ? $"（{mark}）" : $"“{mark}”";
}
