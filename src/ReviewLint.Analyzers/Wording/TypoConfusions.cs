namespace ReviewLint.Analyzers.Wording;

/// <summary>Same-sound and similar-shape substitutes for a character, from rules/data/likely-typo-confusions.tsv.</summary>
internal sealed class TypoConfusions
{
    // Loaded when the analyzer first runs (the type is touched by nothing else); a plain static keeps the per-token check cheap.
    private static readonly TypoConfusions Instance = Load();

    // Indexed by the character itself: one array read per lookup in the analyzer's hot loop.
    private readonly string?[] _substitutes = new string?[char.MaxValue + 1];

    public static TypoConfusions Default => Instance;

    /// <summary>The length of the longest substitute list.</summary>
    public int MostSubstitutes { get; private set; }

    public bool HasSubstitutes(char c) => _substitutes[c] is not null;

    public bool TryGet(char c, out string substitutes)
    {
        substitutes = _substitutes[c]!;
        return substitutes is not null;
    }

    private static TypoConfusions Load()
    {
        var confusions = new TypoConfusions();
        foreach (var row in RuleData.ReadTable("likely-typo-confusions.tsv"))
            if (row.Length >= 2 && row[0].Length == 1 && row[1].Length > 0)
            {
                confusions._substitutes[row[0][0]] = row[1];
                confusions.MostSubstitutes = Math.Max(confusions.MostSubstitutes, row[1].Length);
            }
        return confusions;
    }
}
