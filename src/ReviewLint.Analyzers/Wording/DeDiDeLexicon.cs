using ReviewLint.Tokenization;

namespace ReviewLint.Analyzers.Wording;

/// <summary>The word classes RL2002 needs: jieba's dict.txt tags corrected by rules/data/de-di-de-words.tsv. The tags come from the
/// dictionary the tokenizer already holds (<see cref="ITokenizer.GetWordTag"/>); a tokenizer that keeps none (jieba.NET, test
/// doubles) makes the rule read them once from the dict.txt embedded in the core.</summary>
internal sealed class DeDiDeLexicon
{
    private static readonly Lazy<Dictionary<string, WordClass>> Overrides = new(LoadOverrides);
    private static readonly Lazy<Dictionary<string, WordClass>> EmbeddedTags = new(LoadEmbeddedTags);

    private readonly ITokenizer? _tokenizer;

    private DeDiDeLexicon(ITokenizer? tokenizer) => _tokenizer = tokenizer;

    /// <summary>The lexicon for <paramref name="tokenizer"/>: its own tags when it keeps them (“的” always has one).</summary>
    public static DeDiDeLexicon For(ITokenizer tokenizer) => new(tokenizer.GetWordTag("的") is null ? null : tokenizer);

    /// <summary>The class of <paramref name="word"/>; <see cref="WordClass.Other"/> when unknown.</summary>
    public WordClass ClassOf(string word) => Overrides.Value.TryGetValue(word, out var wordClass) ? wordClass : DictionaryClassOf(word);

    /// <summary>The class dict.txt gives <paramref name="word"/>, without the corrections of de-di-de-words.tsv (系统 is n there, an
    /// adverbial in the table for 系统地学习).</summary>
    public WordClass DictionaryClassOf(string word)
    {
        if (_tokenizer is not null)
        {
            // Words of up to four characters, as the embedded reading below keeps.
            if (word.Length <= 4 && _tokenizer.GetWordTag(word) is { } tag && FromTag(tag) is var fromTag and not WordClass.Other) return fromTag;
        }
        else if (EmbeddedTags.Value.TryGetValue(word, out var wordClass)) return wordClass;
        if (IsNegatedAdjective(word)) return WordClass.Adjective;
        return IsTentativeVerb(word) ? WordClass.Verb : WordClass.Other;
    }

    /// <summary>不紧, 不深: 不 and a one-character adjective, which jieba's HMM makes a token of its own.</summary>
    private bool IsNegatedAdjective(string word) => word.Length == 2 && word[0] == '不' && ClassOf(word[1..]) is WordClass.Adjective;

    /// <summary>学一学, 想一想: the tentative V一V form, which jieba's HMM makes a token of its own.</summary>
    private static bool IsTentativeVerb(string word) => word.Length == 3 && word[1] == '一' && word[0] == word[2];

    private static Dictionary<string, WordClass> LoadOverrides() =>
        RuleData.ReadTable("de-di-de-words.tsv").ToDictionary(row => row[0], row => Enum.Parse<WordClass>(row[1], ignoreCase: true), StringComparer.Ordinal);

    private static Dictionary<string, WordClass> LoadEmbeddedTags()
    {
        var classes = new Dictionary<string, WordClass>(StringComparer.Ordinal);
        using (var stream = typeof(JiebaTokenizer).Assembly.GetManifestResourceStream("jieba/dict.txt")
            ?? throw new InvalidOperationException("程序集中缺少内嵌的 jieba.NET 词典 dict.txt。"))
        using (var reader = new StreamReader(stream))
        {
            while (reader.ReadLine() is { } line)
            {
                int firstSpace = line.IndexOf(' ');
                int lastSpace = line.LastIndexOf(' ');
                if (firstSpace <= 0 || lastSpace <= firstSpace || firstSpace > 4) continue;
                var wordClass = FromTag(line.AsSpan(lastSpace + 1));
                if (wordClass != WordClass.Other) classes[line[..firstSpace]] = wordClass;
            }
        }
        classes.TrimExcess();
        return classes;
    }

    private static WordClass FromTag(ReadOnlySpan<char> tag) => tag switch
    {
        "v" or "vd" or "vi" => WordClass.Verb,
        "vn" => WordClass.VerbalNoun,
        "a" or "ag" => WordClass.Adjective,
        "ad" => WordClass.Adverbial,
        "d" => WordClass.Adverb,
        "p" => WordClass.Preposition,
        "n" or "nr" or "ns" or "nt" or "nz" or "ng" or "nrt" or "nrfg" or "s" or "t" or "an" => WordClass.Nominal,
        "r" => WordClass.Pronoun,
        "i" => WordClass.Idiom,
        "m" or "mq" => WordClass.Numeral,
        "q" => WordClass.Measure,
        "z" => WordClass.State,
        "b" => WordClass.Distinguisher,
        "f" => WordClass.Locative,
        _ => WordClass.Other,
    };
}

/// <summary>Word classes as RL2002 uses them.</summary>
internal enum WordClass
{
    Other,
    Verb,
    VerbalNoun,
    Adjective,
    Adverbial,
    Adverb,
    Preposition,
    Nominal,
    Pronoun,
    Idiom,
    Degree,
    Copula,
    Numeral,
    Measure,
    State,
    Distinguisher,
    Locative,
}
