namespace ReviewLint.Analyzers.Wording;

/// <summary>Same-sound and similar-shape substitutes for a character, from rules/data/likely-typo-confusions.tsv.</summary>
internal sealed class TypoConfusions
{
    private static readonly Lazy<TypoConfusions> Instance = new(() => new TypoConfusions(
        RuleData.ReadTable("likely-typo-confusions.tsv").Where(row => row.Length >= 2 && row[0].Length == 1).ToDictionary(row => row[0][0], row => row[1])));

    private readonly Dictionary<char, string> _substitutes;

    private TypoConfusions(Dictionary<char, string> substitutes) => _substitutes = substitutes;

    public static TypoConfusions Default => Instance.Value;

    public bool TryGet(char c, out string substitutes) => _substitutes.TryGetValue(c, out substitutes!);
}
