using ReviewLint.Tokenization;

namespace ReviewLint.Analyzers.Tests.Wording;

/// <summary>RL2001's lists drawn from jieba's dictionary (rules/data/jieba-*.txt) hold exactly what the dictionary the tokenizer
/// loads gives: they only narrow the near-miss checks' search, so a word missing from them would silently go unchecked.</summary>
public class DictionaryDerivedListsTests
{
    private static readonly ITokenizer Tokenizer = JiebaTokenizer.Shared;

    [Fact]
    public void Idiom_list_holds_every_four_character_idiom_and_frequent_set_phrase_of_the_dictionary()
    {
        var expected = DictionaryWords()
            .Where(w => w.Length == 4 && IsHan(w) && (Tokenizer.GetWordTag(w) == "i" || Tokenizer.GetWordTag(w) == "l" && Tokenizer.GetFrequency(w) >= 25))
            .ToHashSet(StringComparer.Ordinal);
        AssertSameWords(expected, "jieba-idioms.txt");
    }

    [Fact]
    public void Phrase_list_holds_every_frequent_four_character_fixed_phrase_of_the_dictionary_that_is_no_idiom_or_name()
    {
        string[] tags = ["n", "l", "v", "z", "a", "vn", "ad", "d", "c", "b"];
        var idioms = RuleData.ReadText("jieba-idioms.txt").Split('\n').Select(l => l.Trim()).ToHashSet(StringComparer.Ordinal);
        var expected = DictionaryWords()
            .Where(w => w.Length == 4 && IsHan(w) && Tokenizer.GetFrequency(w) >= 20 && tags.Contains(Tokenizer.GetWordTag(w)) && !idioms.Contains(w))
            .ToHashSet(StringComparer.Ordinal);
        AssertSameWords(expected, "jieba-phrases.txt");
    }

    [Fact]
    public void Three_character_list_holds_every_three_character_word_of_frequency_at_least_fifty()
    {
        var expected = DictionaryWords().Where(w => w.Length == 3 && IsHan(w) && Tokenizer.GetFrequency(w) >= 50).ToHashSet(StringComparer.Ordinal);
        AssertSameWords(expected, "jieba-three-character-words.txt");
    }

    [Fact]
    public void Rare_three_character_list_holds_every_rare_word_one_confusable_character_from_a_common_word()
    {
        // Walked from the common words back: a rare word is a common word with one character replaced by one it is confused with.
        var confusedWith = new Dictionary<char, List<char>>();
        foreach (var row in RuleData.ReadTable("likely-typo-confusions.tsv").Where(row => row.Length >= 2 && row[0].Length == 1))
            foreach (char substitute in row[1])
            {
                if (!confusedWith.TryGetValue(substitute, out var written)) confusedWith[substitute] = written = [];
                written.Add(row[0][0]);
            }
        var words = DictionaryWords().Where(w => w.Length == 3 && IsHan(w)).ToList();
        var common = words.Where(w => Tokenizer.GetFrequency(w) >= 20 && Math.Max(Tokenizer.GetFrequency(w.AsSpan(0, 2)), Tokenizer.GetFrequency(w.AsSpan(1))) >= 1000);
        var expected = new HashSet<string>(StringComparer.Ordinal);
        Span<char> rare = stackalloc char[3];
        foreach (string word in common)
            for (int index = 0; index < 3; index++)
                foreach (char written in confusedWith.GetValueOrDefault(word[index]) ?? [])
                {
                    word.CopyTo(rare);
                    rare[index] = written;
                    if (Tokenizer.GetFrequency(rare) is >= 1 and <= 5 && IsHan(rare.ToString())) expected.Add(rare.ToString());
                }
        AssertSameWords(expected, "jieba-rare-three-character-near-misses.txt");
    }

    private static void AssertSameWords(HashSet<string> expected, string dataFile)
    {
        var listed = RuleData.ReadText(dataFile).Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0 && !l.StartsWith('#')).ToHashSet(StringComparer.Ordinal);
        Assert.True(expected.Count > 100, $"only {expected.Count} words derived for {dataFile}");
        Assert.Empty(expected.Except(listed).Take(20));
        Assert.Empty(listed.Except(expected).Take(20));
    }

    /// <summary>The words of the embedded dict.txt and of the built-in user dictionary.</summary>
    private static IEnumerable<string> DictionaryWords()
    {
        using var reader = new StreamReader(JiebaResources.OpenEmbedded(JiebaResources.ResourcePrefix + "dict.txt"));
        var words = new HashSet<string>(StringComparer.Ordinal);
        while (reader.ReadLine() is { } line)
        {
            int space = line.IndexOf(' ');
            if (space > 0) words.Add(line[..space]);
        }
        words.UnionWith(BuiltInUserDictionary.Entries.Select(e => e.Word));
        return words;
    }

    private static bool IsHan(string word) =>
        word.All(c => c is >= '\u4E00' and <= '\u9FFF' or >= '\u3400' and <= '\u4DBF' or >= '\uF900' and <= '\uFAFF' or '〇');
}
