using System.Collections.Immutable;
using System.Runtime.InteropServices;
using ReviewLint.Text;

namespace ReviewLint.Tokenization;

/// <summary>
/// jieba's accurate-mode segmentation (HMM on) with one process-wide dictionary. By default it runs ReviewLint's native
/// re-implementation, which gives the same tokens as jieba.NET 0.42.2 much faster; <c>REVIEWLINT_SEGMENTER=jieba</c> runs
/// jieba.NET itself. Text is cut line by line (results are identical: jieba never looks across a line break), and the
/// tokens of repeated lines come from a bounded cache (<c>REVIEWLINT_TOKEN_CACHE_MB</c>, default 16, 0 = off).
/// </summary>
public sealed class JiebaTokenizer : ITokenizer, IUserDictionaryTokenizer
{
    /// <summary>Longest run handed to jieba in one piece: its single-character runs cost quadratic time.</summary>
    internal const int MaxChunkLength = 512;

    private const int RetainedScratchTokens = 1 << 16;

    [ThreadStatic] private static Scratch? _scratch;

    private readonly SegmentationEngine _engine;
    private readonly bool _useCache;

    /// <param name="dataDirectory">Where jieba's data files are; null finds them beside the app or uses the embedded copies.</param>
    /// <param name="userDictionaries">Extra user dictionary files (<c>word [freq] [tag]</c>).</param>
    public JiebaTokenizer(string? dataDirectory = null, IEnumerable<string>? userDictionaries = null)
        : this(SegmentationEngine.DefaultKind, dataDirectory, userDictionaries)
    {
    }

    /// <param name="useCache">False segments every line afresh (for measurements and equivalence tests).</param>
    internal JiebaTokenizer(SegmenterKind kind, string? dataDirectory = null, IEnumerable<string>? userDictionaries = null, bool useCache = true)
        : this(SegmentationEngine.Get(kind, dataDirectory), userDictionaries, useCache)
    {
    }

    /// <summary>A tokenizer over a given engine (tests use a private engine, untouched by other tests' user words).</summary>
    internal JiebaTokenizer(SegmentationEngine engine, IEnumerable<string>? userDictionaries = null, bool useCache = true)
    {
        _engine = engine;
        _useCache = useCache;
        // The native engine adds the built-in words while it loads in the background; jieba.NET needs them added here.
        if (engine.Kind == SegmenterKind.JiebaNet) _engine.AddWords(BuiltInUserDictionary.Entries);
        foreach (var path in userDictionaries ?? []) AddDictionary(path);
    }

    /// <summary>The shared tokenizer with the built-in dictionary only.</summary>
    public static JiebaTokenizer Shared => SharedInstance.Value;

    private static readonly Lazy<JiebaTokenizer> SharedInstance = new(() => new JiebaTokenizer());

    /// <summary>The line cache in use now (null when caching is off); replaced when user words are added.</summary>
    internal TokenCache? Cache => _useCache ? _engine.View.Cache : null;

    public TokenList Tokenize(string text, int offset = 0)
    {
        ArgumentNullException.ThrowIfNull(text);
        var view = _engine.View;
        var cache = _useCache ? view.Cache : null;
        var scratch = _scratch ??= new Scratch();
        var tokens = scratch.Tokens;
        tokens.Clear();
        int position = 0;
        while (NextChunk(text, ref position) is var chunk && !chunk.IsEmpty)
        {
            int shift = offset + chunk.Start;
            if (cache is null || !TokenCache.IsCacheable(chunk.Length))
            {
                Segment(view, text, chunk, shift, tokens, scratch);
                continue;
            }
            var line = text.AsSpan(chunk.Start, chunk.Length);
            if (cache.TryGet(line, out var cached))
            {
                foreach (var token in cached) tokens.Add(new Token(token.Text, new TextSpan(token.Start + shift, token.Span.Length), token.Kind));
                continue;
            }
            int first = tokens.Count;
            Segment(view, text, chunk, shift, tokens, scratch);
            if (!cache.Admit(line)) continue;
            var relative = new Token[tokens.Count - first];
            for (int i = 0; i < relative.Length; i++)
            {
                var token = tokens[first + i];
                relative[i] = new Token(token.Text, new TextSpan(token.Start - shift, token.Span.Length), token.Kind);
            }
            cache.Add(line.ToString(), relative);
        }
        var result = ImmutableArray.Create<Token>(CollectionsMarshal.AsSpan(tokens));
        if (tokens.Capacity > RetainedScratchTokens) scratch.Tokens = [];
        return new TokenList(result);
    }

    public bool IsWord(string word) => GetFrequency(word) > 0;

    public int GetFrequency(string word)
    {
        ArgumentNullException.ThrowIfNull(word);
        return _engine.GetFrequency(word);
    }

    public int GetFrequency(ReadOnlySpan<char> word) => _engine.GetFrequency(word);

    public void GetFrequencies(ReadOnlySpan<char> word, int index, ReadOnlySpan<char> replacements, Span<int> frequencies)
    {
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual((uint)index, (uint)word.Length, nameof(index));
        ArgumentOutOfRangeException.ThrowIfLessThan(frequencies.Length, replacements.Length, nameof(frequencies));
        _engine.GetFrequencies(word, index, replacements, frequencies);
    }

    /// <summary>The dict.txt part-of-speech tag of <paramref name="word"/> (<c>n</c>, <c>v</c>, <c>ad</c> …), from the dictionary the
    /// segmenter already holds; null when the word has none or the jieba.NET segmenter (which keeps no tags) is in use.</summary>
    public string? GetWordTag(string word)
    {
        ArgumentNullException.ThrowIfNull(word);
        return _engine.GetWordTag(word);
    }

    /// <summary>Adds a user dictionary file's words to the process-wide dictionary, once per file (by full path).</summary>
    public void AddDictionary(string path)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        string full = Path.GetFullPath(path);
        var load = _engine.AddedFiles.GetOrAdd(full, file => new Lazy<bool>(() =>
        {
            AddWords(UserDictionaryEntry.Load(file));
            return true;
        }));
        try
        {
            _ = load.Value;
        }
        catch
        {
            _engine.AddedFiles.TryRemove(KeyValuePair.Create(full, load));
            throw;
        }
    }

    /// <summary>Adds words to the process-wide dictionary, never while a cut runs; words already added are skipped.</summary>
    public void AddWords(IEnumerable<UserDictionaryEntry> entries) => _engine.AddWords(entries);

    /// <summary>Appends the tokens of one chunk, spans shifted by <paramref name="shift"/>; surrogate pairs (split by jieba) are joined again.</summary>
    private static void Segment(SegmentationView view, string text, TextSpan chunk, int shift, List<Token> tokens, Scratch scratch)
    {
        var ends = scratch.Ends;
        ends.Clear();
        view.Cut(text, chunk.Start, chunk.Length, ends);
        int start = 0;
        for (int i = 0; i < ends.Count; i++)
        {
            int end = ends[i];
            var piece = text.AsSpan(chunk.Start + start, end - start);
            if (piece.Length == 1 && char.IsHighSurrogate(piece[0]) && i + 1 < ends.Count && char.IsLowSurrogate(text[chunk.Start + end]))
            {
                int pairEnd = ends[++i];
                string pair = text.Substring(chunk.Start + start, pairEnd - start);
                tokens.Add(new Token(pair, new TextSpan(shift + start, pairEnd - start), Classify(pair)));
                start = pairEnd;
                continue;
            }
            string word = TokenStrings.Get(piece);
            tokens.Add(new Token(word, new TextSpan(shift + start, piece.Length), Classify(word)));
            start = end;
        }
    }

    /// <summary>The next chunk from <paramref name="position"/> (see <see cref="Chunk"/>); empty at the end of the text.</summary>
    private static TextSpan NextChunk(string text, ref int position)
    {
        int start = position;
        int runLength = 0;
        for (int i = start; i < text.Length; i++)
        {
            char c = text[i];
            if (c is '\n' or '\r')
            {
                int end = i + 1;
                if (c == '\r' && end < text.Length && text[end] == '\n') end++;
                position = end;
                return TextSpan.FromBounds(start, end);
            }
            runLength = IsBlockChar(c) ? runLength + 1 : 0;
            if (runLength >= MaxChunkLength && !char.IsHighSurrogate(c))
            {
                position = i + 1;
                return TextSpan.FromBounds(start, i + 1);
            }
        }
        position = text.Length;
        return TextSpan.FromBounds(start, text.Length);
    }

    /// <summary>Splits text at line breaks, and long unbroken runs every <see cref="MaxChunkLength"/> characters.</summary>
    internal static IEnumerable<TextSpan> Chunk(string text)
    {
        int position = 0;
        while (NextChunk(text, ref position) is var chunk && !chunk.IsEmpty) yield return chunk;
    }

    private sealed class Scratch
    {
        public readonly List<int> Ends = new(256);
        public List<Token> Tokens = new(4096);
    }

    private static bool IsBlockChar(char c) =>
        c is >= '\u4E00' and <= '\u9FD5' || char.IsAsciiLetterOrDigit(c) || c is '+' or '#' or '&' or '.' or '_' or '%' or '·' or '-';

    internal static TokenKind Classify(string word)
    {
        if (word.Length == 0) return TokenKind.Other;
        char first = word[0];
        if (IsHan(first)) return TokenKind.Han;
        if (char.IsSurrogatePair(word, 0)) return IsSupplementaryHan(char.ConvertToUtf32(first, word[1])) ? TokenKind.Han : TokenKind.Other;
        if (char.IsWhiteSpace(first) || first == '\u3000') return TokenKind.Whitespace;
        if (char.IsAsciiDigit(first) || char.IsDigit(first)) return TokenKind.Number;
        if (char.IsAsciiLetter(first)) return TokenKind.Latin;
        if (char.IsPunctuation(first) || char.IsSymbol(first)) return TokenKind.Punctuation;
        return TokenKind.Other;
    }

    /// <summary>CJK Unified Ideographs Extensions B–J and the compatibility supplement (U+20000–U+323AF).</summary>
    private static bool IsSupplementaryHan(int codePoint) => codePoint is >= 0x20000 and <= 0x323AF;

    private static bool IsHan(char c) => c is >= '\u4E00' and <= '\u9FFF' or >= '\u3400' and <= '\u4DBF' or >= '\uF900' and <= '\uFAFF' or '〇';
}
