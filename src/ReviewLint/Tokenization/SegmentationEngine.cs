namespace ReviewLint.Tokenization;

/// <summary>Which implementation of jieba's segmentation a <see cref="JiebaTokenizer"/> runs.</summary>
internal enum SegmenterKind
{
    /// <summary>ReviewLint's span-based re-implementation (same tokens, no per-probe allocation, fast dictionary load).</summary>
    Native,

    /// <summary>jieba.NET 0.42.2 itself: the reference, and the fallback (<c>REVIEWLINT_SEGMENTER=jieba</c>).</summary>
    JiebaNet,
}

/// <summary>Process-wide segmentation state of one <see cref="SegmenterKind"/>: the dictionary, its user words and a line cache.</summary>
internal abstract class SegmentationEngine
{
    public const string KindVariable = "REVIEWLINT_SEGMENTER";

    /// <summary>The kind chosen by <see cref="KindVariable"/> (<c>jieba</c> selects jieba.NET), native otherwise.</summary>
    public static SegmenterKind DefaultKind =>
        Environment.GetEnvironmentVariable(KindVariable)?.Trim().ToLowerInvariant() is "jieba" or "jieba.net" or "jiebanet"
            ? SegmenterKind.JiebaNet
            : SegmenterKind.Native;

    public static SegmentationEngine Get(SegmenterKind kind, string? dataDirectory) => kind switch
    {
        SegmenterKind.JiebaNet => JiebaNetEngine.Get(dataDirectory),
        _ => Native.NativeEngine.Get(dataDirectory),
    };

    public abstract SegmenterKind Kind { get; }

    /// <summary>User dictionary files already added to this engine, by full path.</summary>
    public System.Collections.Concurrent.ConcurrentDictionary<string, Lazy<bool>> AddedFiles { get; } = new(StringComparer.Ordinal);

    /// <summary>A consistent view for one tokenization: cutting and caching against the same dictionary state.</summary>
    public abstract SegmentationView View { get; }

    public abstract int GetFrequency(string word);

    /// <summary><see cref="GetFrequency(string)"/> for characters that are not (yet) a string.</summary>
    public virtual int GetFrequency(ReadOnlySpan<char> word) => GetFrequency(word.ToString());

    /// <summary><see cref="ITokenizer.GetFrequencies"/>: each candidate looked up on its own unless the engine does better.
    /// Arguments are checked by the caller.</summary>
    public virtual void GetFrequencies(ReadOnlySpan<char> word, int index, ReadOnlySpan<char> replacements, Span<int> frequencies)
    {
        Span<char> candidate = word.Length <= 64 ? stackalloc char[word.Length] : new char[word.Length];
        word.CopyTo(candidate);
        for (int i = 0; i < replacements.Length; i++)
        {
            candidate[index] = replacements[i];
            frequencies[i] = GetFrequency(candidate);
        }
    }

    /// <summary>The dict.txt part-of-speech tag of <paramref name="word"/>, or null (no tag, or an engine that does not keep tags).</summary>
    public virtual string? GetWordTag(string word) => null;

    /// <summary>Adds user words (skipping words this engine already has from a user dictionary) and starts a new cache.</summary>
    public abstract void AddWords(IEnumerable<UserDictionaryEntry> entries);
}

/// <summary>Cuts chunks of text against one dictionary state, with the line cache that belongs to that state.</summary>
internal abstract class SegmentationView(TokenCache? cache)
{
    public TokenCache? Cache { get; } = cache;

    /// <summary>Appends the end offsets (relative to <paramref name="start"/>) of the tokens of <c>text[start..start+length]</c>.</summary>
    public abstract void Cut(string text, int start, int length, List<int> ends);
}
