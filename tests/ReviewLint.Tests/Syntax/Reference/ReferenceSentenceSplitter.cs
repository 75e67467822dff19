using System.Collections.Immutable;
using ReviewLint.Syntax;
using ReviewLint.Text;

namespace ReviewLint.Tests.Syntax.Reference;

/// <summary>The sentence splitter as it was before it was made allocation-light (a dictionary and stacks per paragraph), kept
/// verbatim as the reference the optimized splitter must agree with.</summary>
internal static class ReferenceSentenceSplitter
{
    private const string Openers = "“‘《（【「『〔(";
    private const string Closers = "”’》）】」』〕)";

    public static ImmutableArray<Sentence> Split(SourceText text, ImmutableArray<Paragraph> paragraphs)
    {
        var sentences = ImmutableArray.CreateBuilder<Sentence>();
        foreach (var paragraph in paragraphs) SplitParagraph(text, paragraph, sentences);
        return sentences.ToImmutable();
    }

    private static void SplitParagraph(SourceText text, Paragraph paragraph, ImmutableArray<Sentence>.Builder sentences)
    {
        var span = paragraph.Span;
        var closing = MatchBrackets(text, span);
        int start = span.Start;
        int i = span.Start;
        while (i < span.End)
        {
            if (closing.TryGetValue(i, out int close))
            {
                i = close + 1;
                if (EndsQuotedSentence(text, close, i, span.End))
                {
                    Add(text, TextSpan.FromBounds(start, i), paragraph.Index, sentences);
                    start = i;
                }
                continue;
            }
            if (!IsTerminator(text[i]))
            {
                i++;
                continue;
            }
            int end = i + 1;
            while (end < span.End && (IsTerminator(text[end]) || Closers.Contains(text[end]))) end++;
            Add(text, TextSpan.FromBounds(start, end), paragraph.Index, sentences);
            start = i = end;
        }
        Add(text, TextSpan.FromBounds(start, span.End), paragraph.Index, sentences);
    }

    /// <summary>A closing quote right after a terminator ends the sentence (<c>指出：“……自身硬。”我们……</c>), unless punctuation follows it.</summary>
    private static bool EndsQuotedSentence(SourceText text, int close, int next, int end) =>
        text[close] is '”' or '’' or '」' or '』' && IsTerminator(text[close - 1]) && next < end && !char.IsPunctuation(text[next]);

    private static void Add(SourceText text, TextSpan span, int paragraphIndex, ImmutableArray<Sentence>.Builder sentences)
    {
        int start = span.Start, end = span.End;
        while (start < end && ReferenceReportParser.IsSpace(text[start])) start++;
        while (end > start && ReferenceReportParser.IsSpace(text[end - 1])) end--;
        if (end > start) sentences.Add(new Sentence(sentences.Count, TextSpan.FromBounds(start, end), paragraphIndex));
    }

    private static bool IsTerminator(char c) => c is '。' or '！' or '？' or '；' or '…' or '!' or '?' or ';';

    /// <summary>Maps each opening bracket or quote that has a matching closer in the span to the closer's position.</summary>
    private static Dictionary<int, int> MatchBrackets(SourceText text, TextSpan span)
    {
        var result = new Dictionary<int, int>();
        var stack = new Stack<(char Closer, int Position)>();
        for (int i = span.Start; i < span.End; i++)
        {
            char c = text[i];
            int open = Openers.IndexOf(c);
            if (open >= 0)
            {
                stack.Push((Closers[open], i));
                continue;
            }
            if (Closers.IndexOf(c) < 0) continue;
            var unwound = new Stack<(char, int)>();
            while (stack.Count > 0 && stack.Peek().Closer != c) unwound.Push(stack.Pop());
            if (stack.Count > 0)
            {
                var (_, position) = stack.Pop();
                if (!result.ContainsKey(position)) result[position] = i;
            }
            else
            {
                while (unwound.Count > 0) stack.Push(unwound.Pop());
            }
        }
        return TopLevel(result);
    }

    private static Dictionary<int, int> TopLevel(Dictionary<int, int> pairs)
    {
        var result = new Dictionary<int, int>();
        int coveredUntil = -1;
        foreach (var (open, close) in pairs.OrderBy(p => p.Key))
        {
            if (open <= coveredUntil) continue;
            result[open] = close;
            coveredUntil = close;
        }
        return result;
    }
}
