namespace ReviewLint.Analyzers.Lexicon;

/// <summary>Facts about jieba's dictionary frequencies (<c>ITokenizer.GetFrequency</c>) that the statistical rules share.</summary>
internal static class JiebaFrequencies
{
    /// <summary>The sum of jieba.NET's dict.txt frequencies: a word's unigram probability is its frequency divided by this.</summary>
    public const long DictionaryTotal = 60_101_967;
}
