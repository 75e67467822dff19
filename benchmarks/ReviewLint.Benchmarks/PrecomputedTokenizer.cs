using System.Runtime.CompilerServices;
using ReviewLint.Tokenization;

namespace ReviewLint.Benchmarks;

/// <summary>Hands out tokens computed before the measurement, so an analyzer's own cost can be measured alone.</summary>
public sealed class PrecomputedTokenizer(ITokenizer inner, IEnumerable<string> texts) : ITokenizer
{
    private readonly ConditionalWeakTable<string, TokenList> _tokens = Precompute(inner, texts);

    public TokenList Tokenize(string text, int offset = 0) =>
        offset == 0 && _tokens.TryGetValue(text, out var tokens) ? tokens : inner.Tokenize(text, offset);

    public bool IsWord(string word) => inner.IsWord(word);

    public int GetFrequency(string word) => inner.GetFrequency(word);

    public int GetFrequency(ReadOnlySpan<char> word) => inner.GetFrequency(word);

    public void GetFrequencies(ReadOnlySpan<char> word, int index, ReadOnlySpan<char> replacements, Span<int> frequencies) =>
        inner.GetFrequencies(word, index, replacements, frequencies);

    public string? GetWordTag(string word) => inner.GetWordTag(word);

    private static ConditionalWeakTable<string, TokenList> Precompute(ITokenizer inner, IEnumerable<string> texts)
    {
        var table = new ConditionalWeakTable<string, TokenList>();
        foreach (string text in texts) table.AddOrUpdate(text, inner.Tokenize(text));
        return table;
    }
}
