using System.Collections.Immutable;
using JiebaNet.Segmenter;
using ReviewLint.Text;

namespace ReviewLint.Tokenization;

/// <summary>The jieba.NET tokenizer: one process-wide dictionary, set up once, guarded so user words never race a cut.</summary>
public sealed class JiebaTokenizer : ITokenizer, IUserDictionaryTokenizer
{
    /// <summary>Longest run handed to jieba in one piece: its single-character runs cost quadratic time.</summary>
    internal const int MaxChunkLength = 512;

    private static readonly object InitGate = new();
    private static readonly ReaderWriterLockSlim DictionaryLock = new();
    private static readonly HashSet<string> AddedWords = new(StringComparer.Ordinal);
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, Lazy<bool>> AddedFiles = new(StringComparer.Ordinal);
    private static string? _directory;
    private static JiebaSegmenter? _segmenter;

    private readonly JiebaSegmenter _instance;

    /// <param name="dataDirectory">Where jieba's data files are; null finds or extracts them.</param>
    /// <param name="userDictionaries">Extra user dictionary files (<c>word [freq] [tag]</c>).</param>
    public JiebaTokenizer(string? dataDirectory = null, IEnumerable<string>? userDictionaries = null)
    {
        _instance = Initialize(dataDirectory);
        AddWords(BuiltInDictionary.Value);
        foreach (var path in userDictionaries ?? []) AddDictionary(path);
    }

    /// <summary>The shared tokenizer with the built-in dictionary only.</summary>
    public static JiebaTokenizer Shared => SharedInstance.Value;

    private static readonly Lazy<JiebaTokenizer> SharedInstance = new(() => new JiebaTokenizer());

    private static readonly Lazy<IReadOnlyList<UserDictionaryEntry>> BuiltInDictionary = new(() =>
    {
        using var reader = new StreamReader(JiebaResources.OpenEmbedded("data/jieba-user.txt"));
        return UserDictionaryEntry.Parse(reader, "rules/data/jieba-user.txt");
    });

    public TokenList Tokenize(string text, int offset = 0)
    {
        ArgumentNullException.ThrowIfNull(text);
        var tokens = ImmutableArray.CreateBuilder<Token>(text.Length / 2 + 4);
        DictionaryLock.EnterReadLock();
        try
        {
            foreach (var chunk in Chunk(text))
            {
                string piece = text.Substring(chunk.Start, chunk.Length);
                foreach (var token in _instance.Tokenize(piece, TokenizerMode.Default, hmm: true))
                    tokens.Add(Create(token.Word, offset + chunk.Start + token.StartIndex));
            }
        }
        finally
        {
            DictionaryLock.ExitReadLock();
        }
        return new TokenList(MergeSurrogates(tokens));
    }

    public bool IsWord(string word) => GetFrequency(word) > 0;

    public int GetFrequency(string word)
    {
        DictionaryLock.EnterReadLock();
        try
        {
            var dictionary = WordDictionary.Instance;
            return dictionary.ContainsWord(word) ? dictionary.GetFreqOrDefault(word) : 0;
        }
        finally
        {
            DictionaryLock.ExitReadLock();
        }
    }

    /// <summary>Adds a user dictionary file's words to the process-wide dictionary, once per file (by full path).</summary>
    public void AddDictionary(string path)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        var load = AddedFiles.GetOrAdd(Path.GetFullPath(path), full => new Lazy<bool>(() =>
        {
            AddWords(UserDictionaryEntry.Load(full));
            return true;
        }));
        try
        {
            _ = load.Value;
        }
        catch
        {
            AddedFiles.TryRemove(KeyValuePair.Create(Path.GetFullPath(path), load));
            throw;
        }
    }

    /// <summary>Adds words to the process-wide dictionary under the write lock; words already added are skipped.</summary>
    public void AddWords(IEnumerable<UserDictionaryEntry> entries)
    {
        DictionaryLock.EnterWriteLock();
        try
        {
            foreach (var entry in entries)
                if (AddedWords.Add(entry.Word)) _instance.AddWord(entry.Word, entry.Frequency, entry.Tag);
        }
        finally
        {
            DictionaryLock.ExitWriteLock();
        }
    }

    private static JiebaSegmenter Initialize(string? dataDirectory)
    {
        lock (InitGate)
        {
            if (_segmenter is not null)
            {
                if (dataDirectory is not null && !PathsEqual(dataDirectory, _directory!))
                    throw new TokenizerException($"jieba.NET 的词典目录在进程内只能设置一次：已使用 {_directory}，不能再改为 {dataDirectory}。");
                return _segmenter;
            }
            _directory = JiebaResources.Locate(dataDirectory);
            ConfigManager.ConfigFileBaseDir = _directory;
            var segmenter = new JiebaSegmenter();
            try
            {
                segmenter.Cut("初始化");
            }
            catch (TypeInitializationException e)
            {
                throw new TokenizerException($"jieba.NET 无法从 {_directory} 加载词典：{e.InnerException?.Message ?? e.Message}", e);
            }
            if (WordDictionary.Instance.Total <= 0)
                throw new TokenizerException($"jieba.NET 主词典为空或无法读取：{Path.Combine(_directory, "dict.txt")}。");
            _segmenter = segmenter;
            return segmenter;
        }
    }

    private static bool PathsEqual(string a, string b) =>
        string.Equals(Path.GetFullPath(a).TrimEnd(Path.DirectorySeparatorChar), Path.GetFullPath(b).TrimEnd(Path.DirectorySeparatorChar), StringComparison.Ordinal);

    /// <summary>Splits text at line breaks, and long unbroken runs every <see cref="MaxChunkLength"/> characters.</summary>
    internal static IEnumerable<TextSpan> Chunk(string text)
    {
        int start = 0;
        int runLength = 0;
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            if (c is '\n' or '\r')
            {
                int end = i + 1;
                if (c == '\r' && end < text.Length && text[end] == '\n') end++;
                yield return TextSpan.FromBounds(start, end);
                start = end;
                i = end - 1;
                runLength = 0;
                continue;
            }
            runLength = IsBlockChar(c) ? runLength + 1 : 0;
            if (runLength >= MaxChunkLength && !char.IsHighSurrogate(c))
            {
                yield return TextSpan.FromBounds(start, i + 1);
                start = i + 1;
                runLength = 0;
            }
        }
        if (start < text.Length) yield return TextSpan.FromBounds(start, text.Length);
    }

    private static bool IsBlockChar(char c) =>
        c is >= '\u4E00' and <= '\u9FD5' || char.IsAsciiLetterOrDigit(c) || c is '+' or '#' or '&' or '.' or '_' or '%' or '·' or '-';

    private static Token Create(string word, int start) => new(word, new TextSpan(start, word.Length), Classify(word));

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

    private static ImmutableArray<Token> MergeSurrogates(ImmutableArray<Token>.Builder tokens)
    {
        for (int i = tokens.Count - 2; i >= 0; i--)
        {
            var current = tokens[i];
            var next = tokens[i + 1];
            if (current.Text.Length > 0 && char.IsHighSurrogate(current.Text[^1]) && next.Text.Length > 0 && char.IsLowSurrogate(next.Text[0])
                && current.End == next.Start)
            {
                string pair = current.Text + next.Text;
                tokens[i] = new Token(pair, TextSpan.FromBounds(current.Start, next.End), Classify(pair));
                tokens.RemoveAt(i + 1);
            }
        }
        return tokens.DrainToImmutable();
    }
}
