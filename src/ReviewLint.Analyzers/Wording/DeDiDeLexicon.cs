using ReviewLint.Tokenization;

namespace ReviewLint.Analyzers.Wording;

/// <summary>The word classes RL2002 needs: jieba.NET's dict.txt tags (read once from the copy embedded in the core) corrected by
/// rules/data/de-di-de-words.tsv.</summary>
internal sealed class DeDiDeLexicon
{
    private static readonly Lazy<DeDiDeLexicon> Instance = new(Load);

    private readonly Dictionary<string, WordClass> _classes;

    private DeDiDeLexicon(Dictionary<string, WordClass> classes) => _classes = classes;

    public static DeDiDeLexicon Default => Instance.Value;

    /// <summary>The class of <paramref name="word"/>; <see cref="WordClass.Other"/> when unknown.</summary>
    public WordClass ClassOf(string word) =>
        _classes.TryGetValue(word, out var wordClass) ? wordClass : IsTentativeVerb(word) ? WordClass.Verb : WordClass.Other;

    /// <summary>学一学, 想一想: the tentative V一V form, which jieba's HMM makes a token of its own.</summary>
    private static bool IsTentativeVerb(string word) => word.Length == 3 && word[1] == '一' && word[0] == word[2];

    private static DeDiDeLexicon Load()
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
        foreach (var row in RuleData.ReadTable("de-di-de-words.tsv"))
            classes[row[0]] = Enum.Parse<WordClass>(row[1], ignoreCase: true);
        classes.TrimExcess();
        return new DeDiDeLexicon(classes);
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
