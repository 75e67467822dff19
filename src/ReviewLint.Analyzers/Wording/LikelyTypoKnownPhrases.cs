using System.Collections.Frozen;

namespace ReviewLint.Analyzers.Wording;

/// <summary>Official formulations that jieba does not know but that are written correctly (守土担责, 踏石留印, 以学增智):
/// rules/data/known-correct-phrases.txt plus the correct forms of RL2001's table of four or more characters. RL2004 does not
/// guess a typo inside one of them.</summary>
internal sealed class LikelyTypoKnownPhrases
{
    public const string DataFile = "known-correct-phrases.txt";

    private const int MinimumTableFormLength = 4;

    private static readonly Lazy<LikelyTypoKnownPhrases> Instance = new(Load);

    private readonly FrozenDictionary<char, string[]> _byFirstCharacter;
    private readonly int _longest;

    private LikelyTypoKnownPhrases(IEnumerable<string> phrases)
    {
        var distinct = phrases.Distinct(StringComparer.Ordinal).ToList();
        _byFirstCharacter = distinct.GroupBy(p => p[0]).ToFrozenDictionary(g => g.Key, g => g.ToArray());
        _longest = distinct.Count == 0 ? 0 : distinct.Max(p => p.Length);
    }

    public static LikelyTypoKnownPhrases Default => Instance.Value;

    /// <summary>True when a known phrase occurs in <paramref name="text"/> over <paramref name="position"/>.</summary>
    public bool Covers(string text, int position)
    {
        for (int start = Math.Max(0, position - _longest + 1); start <= position; start++)
        {
            if (!_byFirstCharacter.TryGetValue(text[start], out var phrases)) continue;
            foreach (string phrase in phrases)
                if (start + phrase.Length > position && text.AsSpan(start).StartsWith(phrase, StringComparison.Ordinal)) return true;
        }
        return false;
    }

    private static LikelyTypoKnownPhrases Load()
    {
        var listed = RuleData.ReadText(DataFile).Split('\n')
            .Select(line => line.Trim())
            .Where(line => line.Length > 0 && !line.StartsWith('#'));
        var tableForms = RuleData.ReadTable(ConfusableTable.DataFile)
            .Where(row => row.Length > 2 && row[2] != "语境" && row[1].Length >= MinimumTableFormLength)
            .Select(row => row[1]);
        return new LikelyTypoKnownPhrases(listed.Concat(tableForms));
    }
}
