using ReviewLint.Text;
using ReviewLint.Tokenization;

namespace ReviewLint.Cli;

/// <summary>Loads jieba only when an analyzer first asks for tokens, so runs that tokenize nothing (every input unreadable,
/// rules that need no tokens) do not pay for loading the dictionary.</summary>
internal sealed class LazyTokenizer(Func<ITokenizer> create) : ITokenizer
{
    private readonly Lazy<ITokenizer> _tokenizer = new(create, LazyThreadSafetyMode.ExecutionAndPublication);

    public TokenList Tokenize(string text, int offset = 0) => _tokenizer.Value.Tokenize(text, offset);

    public bool IsWord(string word) => _tokenizer.Value.IsWord(word);

    public int GetFrequency(string word) => _tokenizer.Value.GetFrequency(word);

    public int GetFrequency(ReadOnlySpan<char> word) => _tokenizer.Value.GetFrequency(word);

    public string? GetWordTag(string word) => _tokenizer.Value.GetWordTag(word);
}
