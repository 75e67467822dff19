using ReviewLint.Analyzers.Lexicon;

namespace ReviewLint.Analyzers.Wording;

/// <summary>Official formulations that jieba does not know but that are written correctly (守土担责, 踏石留印, 以学增智):
/// rules/data/known-correct-phrases.txt plus the correct forms of RL2001's table of four or more characters. RL2004 does not
/// guess a typo inside one of them.</summary>
internal sealed class LikelyTypoKnownPhrases
{
    public const string DataFile = "known-correct-phrases.txt";

    private const int MinimumTableFormLength = 4;

    private static readonly Lazy<LikelyTypoKnownPhrases> Instance = new(Load);

    private readonly WordTrie _phrases = new();
    private readonly int _longest;

    private LikelyTypoKnownPhrases(IEnumerable<string> phrases)
    {
        foreach (string phrase in phrases)
        {
            _phrases.Add(phrase, 0);
            _longest = Math.Max(_longest, phrase.Length);
        }
        _phrases.Freeze();
    }

    public static LikelyTypoKnownPhrases Default => Instance.Value;

    /// <summary>True when a known phrase occurs in <paramref name="text"/> over <paramref name="position"/>.</summary>
    public bool Covers(string text, int position)
    {
        Span<(int Length, int Node)> ends = stackalloc (int, int)[WordTrie.MaxLength];
        for (int start = Math.Max(0, position - _longest + 1); start <= position; start++)
        {
            int count = _phrases.Walk(text.AsSpan(start), ends);
            for (int k = 0; k < count; k++)
                if (start + ends[k].Length > position) return true;
        }
        return false;
    }

    private static LikelyTypoKnownPhrases Load()
    {
        var listed = RuleData.ReadText(DataFile).Split('\n')
            .Select(line => line.Trim())
            .Where(line => line.Length > 0 && !line.StartsWith('#'));
        var tableForms = ConfusableTable.Default.Entries
            .Where(entry => entry.Kind != ConfusableKind.Contextual && entry.Right.Length >= MinimumTableFormLength)
            .Select(entry => entry.Right);
        return new LikelyTypoKnownPhrases(listed.Concat(tableForms));
    }
}
