namespace ReviewLint.Analyzers.Wording;

/// <summary>Same-sound and similar-shape substitutes for a character, from rules/data/likely-typo-confusions.tsv (and, for
/// <see cref="WithObserved"/>, the substitutions seen in real misspellings, rules/data/observed-typo-confusions.tsv).</summary>
internal sealed class TypoConfusions
{
    // Loaded when the analyzer first runs (the type is touched by nothing else); a plain static keeps the per-token check cheap.
    private static readonly TypoConfusions Instance = Load("likely-typo-confusions.tsv");

    private static readonly Lazy<TypoConfusions> Observed = new(() => Load("likely-typo-confusions.tsv", "observed-typo-confusions.tsv"));

    // Indexed by the character itself: one array read per lookup in the analyzer's hot loop.
    private readonly string?[] _substitutes = new string?[char.MaxValue + 1];

    public static TypoConfusions Default => Instance;

    /// <summary><see cref="Default"/> with the substitutions of real misspellings added (颍→颖, 脱→蜕): for the idiom check, whose
    /// targets are few and fixed enough that a wider set finds more without new false alarms (see rules/RL2001.md).</summary>
    public static TypoConfusions WithObserved => Observed.Value;

    /// <summary>The length of the longest substitute list.</summary>
    public int MostSubstitutes { get; private set; }

    public bool HasSubstitutes(char c) => _substitutes[c] is not null;

    public bool TryGet(char c, out string substitutes)
    {
        substitutes = _substitutes[c]!;
        return substitutes is not null;
    }

    private static TypoConfusions Load(params string[] dataFiles)
    {
        var confusions = new TypoConfusions();
        foreach (string dataFile in dataFiles)
            foreach (var row in RuleData.ReadTable(dataFile))
                if (row.Length >= 2 && row[0].Length == 1 && row[1].Length > 0)
                {
                    string substitutes = confusions._substitutes[row[0][0]] + row[1];
                    confusions._substitutes[row[0][0]] = substitutes;
                    confusions.MostSubstitutes = Math.Max(confusions.MostSubstitutes, substitutes.Length);
                }
        return confusions;
    }
}
