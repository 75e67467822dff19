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

    /// <summary>别字 and misspelt idioms are wrong wherever they are written, so one of their edges may also lie inside a rare
    /// dictionary word when the other edge is a true boundary: jieba glues the first character of a misspelling that is no word
    /// into a rare word with the character before it (时代脉博 → 时/代脉/博; not 笔记要 or 按纳税额, whose words are common).</summary>
    private bool HasNoContextualReading => Kind is ConfusableKind.Miswritten or ConfusableKind.Idiom && Conditions.Count == 0;

    /// <summary>True when the wrong form starts at <paramref name="start"/>, both its edges are word boundaries (token
    /// boundaries, or inside a segmentation guess; for a long wrong form also one character inside a token; for one edge of a 别字 also inside a rare word) or are
    /// anchored by a context condition naming the neighbouring words, and its conditions hold.</summary>
    public bool IsMatch(string text, int start, TokenBoundaries boundaries)
    {
        int end = start + Wrong.Length;
        if (!IsSpelledAt(text, start)) return false;
        bool startHolds = boundaries.IsBoundary(start) || _conditionsAnchorStart;
        bool endHolds = boundaries.IsBoundary(end) || _conditionsAnchorEnd;
        bool insideRareWord = HasNoContextualReading && (startHolds || endHolds);
        if (!startHolds && !(IsLong && boundaries.IsBoundary(start - 1)) && !(insideRareWord && boundaries.IsInsideRareWord(start))) return false;
        if (!endHolds && !(IsLong && boundaries.IsBoundary(end + 1)) && !(insideRareWord && boundaries.IsInsideRareWord(end))) return false;
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
