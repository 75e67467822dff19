namespace ReviewLint.Analyzers.Wording;

/// <summary>Rare words of jieba's dictionary that are one confusable character away from a much more frequent word but are
/// written right (前赴后继, 疾恶如仇, 教与学): rules/data/dictionary-legitimate-variants.txt. RL2001's dictionary-based checks
/// (<see cref="IdiomNearMiss"/>, <see cref="RareWordNearMiss"/>) do not report them.</summary>
internal static class DictionaryLegitimateVariants
{
    public const string DataFile = "dictionary-legitimate-variants.txt";

    private static readonly Lazy<HashSet<string>> Words = new(() =>
        [.. RuleData.ReadText(DataFile).Split('\n').Select(line => line.Trim()).Where(line => line.Length > 0 && !line.StartsWith('#'))]);

    public static bool Contains(ReadOnlySpan<char> word) => Words.Value.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word);
}
