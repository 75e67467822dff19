using System.Buffers;
using System.Collections.Immutable;
using ReviewLint.Text;

namespace ReviewLint.Syntax;

/// <summary>Splits paragraphs into sentences at 。！？；…, never inside matched quotes or brackets; closers right after a
/// terminator stay with its sentence, and a quote that ends with a terminator ends the sentence.</summary>
internal static class SentenceSplitter
{
    private const string Openers = "“‘《（【「『〔(";
    private const string Closers = "”’》）】」』〕)";
    private static readonly SearchValues<char> Brackets = SearchValues.Create(Openers + Closers);
    private static readonly SearchValues<char> Terminators = SearchValues.Create("。！？；…!?;");

    /// <summary>Scratch arrays grown past this (a paragraph with thousands of brackets) are not kept for the next document.</summary>
    private const int RetainedBufferLength = 1024;

    /// <summary>Per-thread scratch space for bracket matching, reused across paragraphs and documents.</summary>
    [ThreadStatic]
    private static BracketBuffers? t_buffers;

    public static ImmutableArray<Sentence> Split(SourceText text, ImmutableArray<Paragraph> paragraphs)
    {
        var sentences = ImmutableArray.CreateBuilder<Sentence>();
        var buffers = t_buffers ??= new BracketBuffers();
        foreach (var paragraph in paragraphs) SplitParagraph(text, paragraph, buffers, sentences);
        if (buffers.Open.Length > RetainedBufferLength || buffers.Pairs.Length > RetainedBufferLength) t_buffers = null;
        return sentences.ToImmutable();
    }

    private static void SplitParagraph(SourceText text, Paragraph paragraph, BracketBuffers buffers, ImmutableArray<Sentence>.Builder sentences)
    {
        var span = paragraph.Span;
        var content = text.Content.AsSpan(0, span.End);
        int pairCount = MatchBrackets(content, span.Start, buffers);
        int nextPair = 0;
        int start = span.Start;
        int i = span.Start;
        while (i < span.End)
        {
            while (nextPair < pairCount && buffers.Pairs[nextPair].Open < i) nextPair++;
            int pairOpen = nextPair < pairCount ? buffers.Pairs[nextPair].Open : span.End;
            int terminator = content[i..pairOpen].IndexOfAny(Terminators);
            if (terminator < 0)
            {
                if (pairOpen == span.End) break;
                int close = buffers.Pairs[nextPair++].Close;
                i = close + 1;
                if (EndsQuotedSentence(text, close, i, span.End))
                {
                    Add(text, TextSpan.FromBounds(start, i), paragraph.Index, sentences);
                    start = i;
                }
                continue;
            }
            i += terminator;
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
        while (start < end && ReportParser.IsSpace(text[start])) start++;
        while (end > start && ReportParser.IsSpace(text[end - 1])) end--;
        if (end > start) sentences.Add(new Sentence(sentences.Count, TextSpan.FromBounds(start, end), paragraphIndex));
    }

    private static bool IsTerminator(char c) => c is '。' or '！' or '？' or '；' or '…' or '!' or '?' or ';';

    /// <summary>Finds the outermost matched bracket and quote pairs of <c>content[start..]</c>, in text order, into
    /// <see cref="BracketBuffers.Pairs"/> and returns how many there are. A closer matches the nearest open bracket of its kind,
    /// dropping the unmatched openers above it; a closer with no such opener is ordinary text.</summary>
    private static int MatchBrackets(ReadOnlySpan<char> content, int start, BracketBuffers buffers)
    {
        int open = 0, pairs = 0;
        for (int i = start; i < content.Length; i++)
        {
            int next = content[i..].IndexOfAny(Brackets);
            if (next < 0) break;
            i += next;
            char c = content[i];
            int opener = Openers.IndexOf(c);
            if (opener >= 0)
            {
                buffers.Push(ref buffers.Open, open++, (Closers[opener], i));
                continue;
            }
            int match = open - 1;
            while (match >= 0 && buffers.Open[match].Closer != c) match--;
            if (match < 0) continue;
            int position = buffers.Open[match].Position;
            open = match;
            // Pairs close innermost first, so the ones this pair encloses are the last recorded ones that open after it.
            while (pairs > 0 && buffers.Pairs[pairs - 1].Open > position) pairs--;
            buffers.Push(ref buffers.Pairs, pairs++, (position, i));
        }
        return pairs;
    }

    private sealed class BracketBuffers
    {
        public (char Closer, int Position)[] Open = new (char, int)[16];
        public (int Open, int Close)[] Pairs = new (int, int)[16];

        public void Push<T>(ref T[] array, int index, T value)
        {
            if (index == array.Length) Array.Resize(ref array, array.Length * 2);
            array[index] = value;
        }
    }
}
