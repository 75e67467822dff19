namespace ReviewLint.Tokenization;

/// <summary>Segments Chinese text into tokens with exact spans and answers dictionary questions; implementations are thread-safe singletons.</summary>
public interface ITokenizer
{
    /// <summary>Tokens covering <paramref name="text"/> contiguously, spans shifted by <paramref name="offset"/>.</summary>
    TokenList Tokenize(string text, int offset = 0);

    /// <summary>True when <paramref name="word"/> is a word of the tokenizer's dictionary.</summary>
    bool IsWord(string word);

    /// <summary>The dictionary frequency of <paramref name="word"/>, 0 when it is not a word.</summary>
    int GetFrequency(string word);

    /// <summary>The dictionary frequency of the characters in <paramref name="word"/>, 0 when they are not a word; lets hot loops
    /// look up candidates built in a stack buffer. Implementations should override the default, which allocates a string.</summary>
    int GetFrequency(ReadOnlySpan<char> word) => GetFrequency(word.ToString());

    /// <summary>The dictionary frequency of <paramref name="word"/> with its character at <paramref name="index"/> replaced by each
    /// of <paramref name="replacements"/> in turn: <paramref name="frequencies"/>[i] for <paramref name="replacements"/>[i], 0 when
    /// that is no word. One call for candidates that differ in one place (a character and its look-alikes), so an implementation
    /// can walk the shared prefix once; the default looks each candidate up with <see cref="GetFrequency(ReadOnlySpan{char})"/>.</summary>
    void GetFrequencies(ReadOnlySpan<char> word, int index, ReadOnlySpan<char> replacements, Span<int> frequencies)
    {
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual((uint)index, (uint)word.Length, nameof(index));
        ArgumentOutOfRangeException.ThrowIfLessThan(frequencies.Length, replacements.Length, nameof(frequencies));
        Span<char> candidate = word.Length <= 64 ? stackalloc char[word.Length] : new char[word.Length];
        word.CopyTo(candidate);
        for (int i = 0; i < replacements.Length; i++)
        {
            candidate[index] = replacements[i];
            frequencies[i] = GetFrequency(candidate);
        }
    }

    /// <summary>The dictionary's part-of-speech tag for <paramref name="word"/> (jieba's <c>n</c>, <c>v</c>, <c>ad</c> …), or null when the
    /// word has none or the tokenizer keeps no tags (the default).</summary>
    string? GetWordTag(string word) => null;
}
