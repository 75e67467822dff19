using ReviewLint.Analyzers.Lexicon;
using ReviewLint.Diagnostics;

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
    private readonly bool _conditionsAnchorStart = Conditions.Any(c => c.AnchorsStart);
    private readonly bool _conditionsAnchorEnd = Conditions.Any(c => c.AnchorsEnd);

    /// <summary>Wrong forms of four or more characters (misspelt idioms) may share their first or last character with a
    /// neighbouring word that jieba glued to it (出现实是求是 → 出/现实/是…, 历历再目的 → …/目的): an edge may then lie one
    /// character inside a token.</summary>
    private bool IsLong => Wrong.Length >= MinimumLengthForLooseEdges;

    private const int MinimumLengthForLooseEdges = 4;

    /// <summary>True when the wrong form starts at <paramref name="start"/>, both its edges are word boundaries (token
    /// boundaries, or inside a segmentation guess; for a long wrong form also one character inside a token) or are
    /// anchored by a context condition naming the neighbouring words, and its conditions hold.</summary>
    public bool IsMatch(string text, int start, TokenBoundaries boundaries)
    {
        int end = start + Wrong.Length;
        if (!IsSpelledAt(text, start)) return false;
        if (!boundaries.IsBoundary(start) && !_conditionsAnchorStart && !(IsLong && boundaries.IsBoundary(start - 1))) return false;
        if (!boundaries.IsBoundary(end) && !_conditionsAnchorEnd && !(IsLong && boundaries.IsBoundary(end + 1))) return false;
        foreach (var condition in Conditions)
            if (!condition.Holds(text, start, end, boundaries)) return false;
        return true;
    }

    /// <summary>True when the wrong form is written at <paramref name="start"/> (boundaries and conditions not yet checked).</summary>
    public bool IsSpelledAt(string text, int start) =>
        start + Wrong.Length <= text.Length && text.AsSpan(start, Wrong.Length).SequenceEqual(Wrong);

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
