using ReviewLint.Analyzers.Lexicon;
using ReviewLint.Diagnostics;
using ReviewLint.Tokenization;

namespace ReviewLint.Analyzers.Wording;

/// <summary>What a confusable pair is, which decides the wording of the message.</summary>
internal enum ConfusableKind
{
    /// <summary>别字: a wrong character in a word.</summary>
    Miswritten,

    /// <summary>成语: a wrong character in an idiom.</summary>
    Idiom,

    /// <summary>固定表述: a fixed political formulation.</summary>
    Formulation,

    /// <summary>异形词: a non-recommended variant form.</summary>
    Variant,

    /// <summary>公文惯例: a 公文 convention rather than a dictionary rule.</summary>
    Convention,

    /// <summary>语境: wrong only in the context given by the conditions.</summary>
    Contextual,
}

/// <summary>One row of confusables.tsv: a wrong form, its correction, and when and how to report it.</summary>
internal sealed record ConfusableEntry(
    string Wrong,
    string Right,
    ConfusableKind Kind,
    DiagnosticSeverity Severity,
    bool IsFixSafe,
    IReadOnlyList<ConfusableCondition> Conditions,
    string Hint)
{
    /// <summary>Longest dictionary word tested across each edge of a match.</summary>
    private const int MaxCrossingWordLength = 4;

    /// <summary>True when the wrong form starts at <paramref name="start"/>, both its edges are token boundaries or anchored by
    /// a context condition naming the neighbouring words, its conditions hold, and no dictionary word crosses an edge into a
    /// neighbour that segmentation left as single characters or guesses (成立既有 would have been 成/立既/有).</summary>
    public bool IsMatch(string text, int start, TokenBoundaries boundaries, TokenList tokens, ITokenizer tokenizer)
    {
        int end = start + Wrong.Length;
        if (end > text.Length || !text.AsSpan(start, Wrong.Length).SequenceEqual(Wrong)) return false;
        if (!boundaries.IsBoundary(start) && !Conditions.Any(c => c.AnchorsStart)) return false;
        if (!boundaries.IsBoundary(end) && !Conditions.Any(c => c.AnchorsEnd)) return false;
        foreach (var condition in Conditions)
            if (!condition.Holds(text, start, end, boundaries)) return false;
        return !CrossesDictionaryWord(text, start, end, tokens, tokenizer);
    }

    /// <summary>A dictionary word that starts outside the match and ends inside it (or the reverse), where the outside part
    /// lies in a token that is no multi-character dictionary word: the text then probably reads another way.</summary>
    private static bool CrossesDictionaryWord(string text, int start, int end, TokenList tokens, ITokenizer tokenizer)
    {
        int length = end - start;
        bool looseBefore = start > 0 && IsLoose(tokens[tokens.IndexAt(start - 1)], tokenizer);
        bool looseAfter = end < text.Length && IsLoose(tokens[tokens.IndexAt(end)], tokenizer);
        for (int outside = 1; outside < MaxCrossingWordLength; outside++)
        {
            for (int inside = 1; inside < length && inside + outside <= MaxCrossingWordLength; inside++)
            {
                if (looseBefore && IsHanWord(text, start - outside, outside + inside, tokenizer)) return true;
                if (looseAfter && IsHanWord(text, end - inside, inside + outside, tokenizer)) return true;
            }
        }
        return false;
    }

    /// <summary>A single character or a segmentation guess: a token whose characters might belong to a neighbouring word.</summary>
    private static bool IsLoose(Token token, ITokenizer tokenizer) =>
        token.IsHan && (token.Text.Length == 1 || !tokenizer.IsWord(token.Text));

    private static bool IsHanWord(string text, int from, int length, ITokenizer tokenizer)
    {
        if (from < 0 || from + length > text.Length) return false;
        var span = text.AsSpan(from, length);
        return HanText.IsHan(span) && tokenizer.IsWord(span.ToString());
    }

    public string FormatMessage()
    {
        string message = Kind switch
        {
            ConfusableKind.Variant => $"“{Wrong}”是非推荐词形，宜用“{Right}”。",
            ConfusableKind.Convention => $"公文中一般用“{Right}”，不用“{Wrong}”。",
            _ => ConfusableWordAnalyzer.Rule.FormatMessage(Wrong, Right),
        };
        return Hint.Length == 0 ? message : message + Hint;
    }
}
