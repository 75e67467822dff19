using System.Buffers;
using System.Collections.Immutable;
using ReviewLint.Analysis;
using ReviewLint.Diagnostics;
using ReviewLint.Text;

namespace ReviewLint.Analyzers.Punctuation;

/// <summary>RL6001: a quotation mark, book-title mark or bracket without its partner in the same paragraph, or two pairs that cross
/// instead of nesting (GB/T 15834-2011).</summary>
public sealed class UnmatchedPairAnalyzer : DiagnosticAnalyzer
{
    public static readonly DiagnosticDescriptor Rule = new(
        "RL6001",
        "unmatched-pair",
        "成对标点不配对",
        "{0}",
        DiagnosticCategory.Punctuation,
        DiagnosticSeverity.Warning,
        description: "段落内的引号“”‘’、书名号《》〈〉、括号（）【】〔〕「」『』应成对出现，不同的成对标点应嵌套而不交叉；跨段引文每段开头用前引号、只在末段末尾用后引号的写法不算错误。");

    /// <summary>One kind of paired mark: its opening and closing characters (full-width first) and its Chinese name.</summary>
    private sealed record PairKind(string Openers, string Closers, string Name, bool IsDirectionalQuote = false, bool MaySpanParagraphs = false)
    {
        public char Opener => Openers[0];
        public char Closer => Closers[0];
        public string Describe(char mark) => $"{(Openers.Contains(mark) ? "前" : "后")}{Name}（{mark}）";
    }

    private static readonly PairKind[] Kinds =
    [
        new("“", "”", "引号", IsDirectionalQuote: true, MaySpanParagraphs: true),
        new("‘", "’", "单引号", IsDirectionalQuote: true),
        new("《", "》", "书名号"),
        new("〈", "〉", "单书名号"),
        new("（(", "）)", "括号"),
        new("【", "】", "方头括号"),
        new("〔", "〕", "六角括号"),
        new("「", "」", "直角引号", MaySpanParagraphs: true),
        new("『", "』", "双直角引号"),
    ];

    private readonly record struct Mark(int Position, bool IsOpener);

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => [Rule];

    public override void Initialize(AnalysisContext context) => context.RegisterParagraphAction(NextParagraphOpener, AnalyzeParagraph);

    private static readonly SearchValues<char> AllMarks = SearchValues.Create(string.Concat(Kinds.Select(k => k.Openers + k.Closers)));

    /// <summary>The first character of the next paragraph when it is an opener that lets a quotation run on from this paragraph
    /// (“ or 「), else '\0': the one thing outside the paragraph its findings depend on.</summary>
    private static char NextParagraphOpener(DocumentAnalysisContext document, Syntax.Paragraph paragraph)
    {
        var paragraphs = document.Syntax.Paragraphs;
        if (paragraph.Index + 1 >= paragraphs.Length) return '\0';
        char next = document.Text[paragraphs[paragraph.Index + 1].Span.Start];
        return Array.Exists(Kinds, k => k.MaySpanParagraphs && k.Opener == next) ? next : '\0';
    }

    private static void AnalyzeParagraph(ParagraphAnalysisContext context, char nextStart)
    {
        if (context.AsSpan().IndexOfAny(AllMarks) < 0) return;
        string text = context.Text;
        var (unmatchedByKind, pairs) = Match(text, PunctuationText.OpaqueSpans(text));
        ReportCrossings(context, text, pairs, unmatchedByKind);
        for (int k = 0; k < Kinds.Length; k++)
        {
            var kind = Kinds[k];
            var unmatched = unmatchedByKind[k];
            if (unmatched is null) continue;
            if (kind.MaySpanParagraphs && nextStart == kind.Opener && unmatched.FindIndex(m => m.IsOpener) is var first and >= 0)
                unmatched.RemoveAt(first);
            Report(context, text, kind, unmatched);
        }
    }

    /// <summary>Two marks of one kind that close each other: kind index, opener and closer positions in the paragraph.</summary>
    private readonly record struct Pair(int Kind, int Open, int Close);

    /// <summary>Matches openers and closers of each kind with a stack in one pass; what is left over is unmatched, in text order
    /// (null for a kind with nothing left over). Lists are only created for kinds that occur.</summary>
    private static (List<Mark>?[] Unmatched, List<Pair> Pairs) Match(string text, List<TextSpan> opaque)
    {
        var open = new List<int>?[Kinds.Length];
        var stray = new List<int>?[Kinds.Length];
        var pairs = new List<Pair>();
        for (int i = text.AsSpan().IndexOfAny(AllMarks); i >= 0 && i < text.Length; i = NextMark(text, i + 1))
        {
            if (PunctuationText.IsInside(opaque, i)) continue;
            char c = text[i];
            int k = KindOf(c);
            if (Kinds[k].Openers.Contains(c))
                (open[k] ??= []).Add(i);
            else if (open[k] is { Count: > 0 } opened)
            {
                pairs.Add(new Pair(k, opened[^1], i));
                opened.RemoveAt(opened.Count - 1);
            }
            else if (!IsApostrophe(text, i) && !(Kinds[k].Opener == '（' && PunctuationText.ClosesListMarker(text, i)))
                (stray[k] ??= []).Add(i);
        }
        var unmatched = new List<Mark>?[Kinds.Length];
        for (int k = 0; k < Kinds.Length; k++) unmatched[k] = Merge(open[k], stray[k]);
        return (unmatched, pairs);
    }

    private static int KindOf(char mark)
    {
        for (int k = 0; k < Kinds.Length; k++)
            if (Kinds[k].Openers.Contains(mark) || Kinds[k].Closers.Contains(mark)) return k;
        return -1;
    }

    /// <summary>Unclosed openers and stray closers (each in ascending position) as marks in text order; null when there are none.</summary>
    private static List<Mark>? Merge(List<int>? openers, List<int>? closers)
    {
        int openCount = openers?.Count ?? 0, closeCount = closers?.Count ?? 0;
        if (openCount + closeCount == 0) return null;
        var marks = new List<Mark>(openCount + closeCount);
        int a = 0, b = 0;
        while (a < openCount || b < closeCount)
        {
            if (b == closeCount || a < openCount && openers![a] < closers![b]) marks.Add(new Mark(openers![a++], true));
            else marks.Add(new Mark(closers![b++], false));
        }
        return marks;
    }

    /// <summary>Pairs of different kinds that cross (“……（……”……）) instead of nesting: one diagnostic per closing mark that closes
    /// its pair while a pair opened inside it is still open, naming both pairs. Kinds with an unmatched mark in the paragraph are left
    /// out: their pairing is a guess (“甲（乙“丙）” is a quote typed the wrong way round, reported as such, not a crossing).</summary>
    private static void ReportCrossings(ParagraphAnalysisContext context, string text, List<Pair> pairs, List<Mark>?[] unmatched)
    {
        if (pairs.Count < 2) return;
        foreach (var outer in pairs)
        {
            if (unmatched[outer.Kind] is not null) continue;
            // The crossing pair opened first inside the outer one (opening positions are distinct).
            Pair? crossing = null;
            foreach (var p in pairs)
            {
                if (p.Kind != outer.Kind && unmatched[p.Kind] is null && p.Open > outer.Open && p.Open < outer.Close && p.Close > outer.Close
                    && (crossing is not { } best || p.Open < best.Open))
                    crossing = p;
            }
            if (crossing is not { } inner) continue;
            var (a, b) = (Kinds[outer.Kind], Kinds[inner.Kind]);
            char innerClose = text[inner.Close];
            context.Report(Rule, new TextSpan(outer.Close, 1), null,
                $"成对标点交叉：{b.Describe(text[inner.Open])}在{a.Describe(text[outer.Open])}之内打开，{a.Describe(text[outer.Close])}却出现在{b.Describe(innerClose)}之前；"
                + $"应先用{b.Describe(innerClose)}关闭{b.Name}，再关闭{a.Name}。");
        }
    }

    private static int NextMark(string text, int from)
    {
        int offset = text.AsSpan(from).IndexOfAny(AllMarks);
        return offset < 0 ? -1 : from + offset;
    }

    private static bool IsApostrophe(string text, int i) =>
        text[i] == '’' && i > 0 && i + 1 < text.Length && char.IsAsciiLetter(text[i - 1]) && char.IsAsciiLetter(text[i + 1]);

    private static void Report(ParagraphAnalysisContext context, string text, PairKind kind, List<Mark> unmatched)
    {
        for (int m = 0; m < unmatched.Count; m++)
        {
            var mark = unmatched[m];
            if (kind.IsDirectionalQuote && m + 1 < unmatched.Count && unmatched[m + 1].IsOpener == mark.IsOpener
                && !ContainsKind(text, kind, mark.Position + 1, unmatched[m + 1].Position))
            {
                // Two openers (or two closers) in a row with nothing of their kind between: one of them points the wrong way.
                int wrong = mark.IsOpener ? unmatched[m + 1].Position : mark.Position;
                char expected = mark.IsOpener ? kind.Closer : kind.Opener;
                var span = new TextSpan(wrong, 1);
                context.Report(Rule, span, Fix.Replace(span, expected.ToString(), isSafe: false),
                    $"引号方向有误：此处的{kind.Describe(text[wrong])}疑应为{kind.Describe(expected)}。");
                m++;
                continue;
            }
            char c = text[mark.Position];
            string message = mark.IsOpener
                ? $"{kind.Describe(c)}在本段中没有配对的{kind.Describe(kind.Closers[kind.Openers.IndexOf(c)])}。"
                : $"{kind.Describe(c)}前面没有配对的{kind.Describe(kind.Openers[kind.Closers.IndexOf(c)])}。";
            context.Report(Rule, new TextSpan(mark.Position, 1), null, message);
        }
    }

    private static bool ContainsKind(string text, PairKind kind, int start, int end)
    {
        for (int i = start; i < end; i++)
            if (kind.Openers.Contains(text[i]) || kind.Closers.Contains(text[i])) return true;
        return false;
    }
}
