using ReviewLint.Text;
using ReviewLint.Tokenization;

namespace ReviewLint.Cli;

/// <summary>The command's tokenizer, created once the user dictionaries are known. <see cref="Start"/> creates it in the
/// background as soon as there is something to check, so jieba's dictionary loads while the inputs are read and parsed;
/// a run that never starts it (nothing to check) never pays for the dictionary.</summary>
internal sealed class LazyTokenizer(Func<ITokenizer> create) : ITokenizer
{
    private readonly Lazy<ITokenizer> _tokenizer = new(create, LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>Begins creating the tokenizer on a background thread (the native engine then loads its data on threads of its
    /// own; jieba.NET loads in the constructor); the first use waits for whatever is left.</summary>
    public void Start()
    {
        if (_tokenizer.IsValueCreated) return;
        var thread = new Thread(() =>
        {
            try
            {
                _ = _tokenizer.Value;
            }
            catch (Exception)
            {
                // The Lazy keeps the exception; the first use rethrows it where it can be reported.
            }
        }) { IsBackground = true, Name = "ReviewLint tokenizer start" };
        thread.Start();
    }

    public TokenList Tokenize(string text, int offset = 0) => _tokenizer.Value.Tokenize(text, offset);

    public bool IsWord(string word) => _tokenizer.Value.IsWord(word);

    public int GetFrequency(string word) => _tokenizer.Value.GetFrequency(word);

    public int GetFrequency(ReadOnlySpan<char> word) => _tokenizer.Value.GetFrequency(word);

    public void GetFrequencies(ReadOnlySpan<char> word, int index, ReadOnlySpan<char> replacements, Span<int> frequencies) =>
        _tokenizer.Value.GetFrequencies(word, index, replacements, frequencies);

    public string? GetWordTag(string word) => _tokenizer.Value.GetWordTag(word);
}
