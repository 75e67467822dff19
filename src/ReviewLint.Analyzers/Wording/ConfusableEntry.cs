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

    /// <summary>True when the wrong form starts with <paramref name="first"/> (a token), ends on a token boundary, its
    /// context conditions hold and, unless it is exactly one dictionary word, no dictionary word crosses either edge.</summary>
    public bool IsMatch(string text, Token first, TokenBoundaries boundaries, ITokenizer tokenizer)
    {
        int start = first.Start;
        int end = start + Wrong.Length;
        if (end > text.Length || !boundaries.IsBoundary(end) || !text.AsSpan(start, Wrong.Length).SequenceEqual(Wrong)) return false;
        foreach (var condition in Conditions)
            if (!condition.Holds(text, start, end, boundaries)) return false;
        bool isOneDictionaryWord = first.End == end && tokenizer.IsWord(first.Text);
        return isOneDictionaryWord || !CrossesDictionaryWord(text, start, end, tokenizer);
    }

    /// <summary>A dictionary word that starts outside the match and ends inside it (or the reverse) means the text
    /// probably reads another way (成立既有, 支付书记员), whatever the segmentation chose.</summary>
    private static bool CrossesDictionaryWord(string text, int start, int end, ITokenizer tokenizer)
    {
        int length = end - start;
        for (int outside = 1; outside < MaxCrossingWordLength; outside++)
        {
            for (int inside = 1; inside < length && inside + outside <= MaxCrossingWordLength; inside++)
            {
                if (IsHanWord(text, start - outside, outside + inside, tokenizer)) return true;
                if (IsHanWord(text, end - inside, inside + outside, tokenizer)) return true;
            }
        }
        return false;
    }

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
