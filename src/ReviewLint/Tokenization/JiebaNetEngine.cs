using JiebaNet.Segmenter;

namespace ReviewLint.Tokenization;

/// <summary>jieba.NET 0.42.2 itself: one process-wide dictionary, set up once, guarded so user words never race a cut.</summary>
internal sealed class JiebaNetEngine : SegmentationEngine
{
    private static readonly object InitGate = new();
    private static JiebaNetEngine? _instance;

    private readonly ReaderWriterLockSlim _lock = new();
    private readonly HashSet<string> _addedWords = new(StringComparer.Ordinal);
    private readonly JiebaSegmenter _segmenter;
    private readonly string _directory;
    private JiebaView _view;

    private JiebaNetEngine(JiebaSegmenter segmenter, string directory)
    {
        _segmenter = segmenter;
        _directory = directory;
        _view = new JiebaView(this, TokenCache.CreateDefault());
    }

    public override SegmenterKind Kind => SegmenterKind.JiebaNet;

    /// <summary>jieba.NET's segmenter itself, for equivalence tests; never mutate it directly.</summary>
    internal JiebaSegmenter Segmenter => _segmenter;

    public override SegmentationView View => Volatile.Read(ref _view);

    /// <summary>The engine, initializing jieba.NET on first use; the data directory can be chosen only once per process.</summary>
    public static JiebaNetEngine Get(string? dataDirectory)
    {
        lock (InitGate)
        {
            if (_instance is not null)
            {
                if (dataDirectory is not null && !JiebaResources.PathsEqual(dataDirectory, _instance._directory))
                    throw new TokenizerException($"jieba.NET 的词典目录在进程内只能设置一次：已使用 {_instance._directory}，不能再改为 {dataDirectory}。");
                return _instance;
            }
            string directory = JiebaResources.Locate(dataDirectory);
            ConfigManager.ConfigFileBaseDir = directory;
            var segmenter = new JiebaSegmenter();
            try
            {
                segmenter.Cut("初始化");
            }
            catch (TypeInitializationException e)
            {
                throw new TokenizerException($"jieba.NET 无法从 {directory} 加载词典：{e.InnerException?.Message ?? e.Message}", e);
            }
            if (WordDictionary.Instance.Total <= 0)
                throw new TokenizerException($"jieba.NET 主词典为空或无法读取：{Path.Combine(directory, "dict.txt")}。");
            return _instance = new JiebaNetEngine(segmenter, directory);
        }
    }

    public override int GetFrequency(string word)
    {
        _lock.EnterReadLock();
        try
        {
            var dictionary = WordDictionary.Instance;
            return dictionary.ContainsWord(word) ? dictionary.GetFreqOrDefault(word) : 0;
        }
        finally
        {
            _lock.ExitReadLock();
        }
    }

    public override void AddWords(IEnumerable<UserDictionaryEntry> entries)
    {
        _lock.EnterWriteLock();
        try
        {
            bool changed = false;
            foreach (var entry in entries)
            {
                if (!_addedWords.Add(entry.Word)) continue;
                _segmenter.AddWord(entry.Word, entry.Frequency, entry.Tag);
                changed = true;
            }
            // Published under the write lock: whoever sees the new cache cuts with the new words.
            if (changed) Volatile.Write(ref _view, new JiebaView(this, TokenCache.CreateDefault()));
        }
        finally
        {
            _lock.ExitWriteLock();
        }
    }

    private sealed class JiebaView(JiebaNetEngine engine, TokenCache? cache) : SegmentationView(cache)
    {
        public override void Cut(string text, int start, int length, List<int> ends)
        {
            string piece = start == 0 && length == text.Length ? text : text.Substring(start, length);
            engine._lock.EnterReadLock();
            try
            {
                foreach (var token in engine._segmenter.Tokenize(piece, TokenizerMode.Default, hmm: true))
                    ends.Add(token.EndIndex);
            }
            finally
            {
                engine._lock.ExitReadLock();
            }
        }
    }
}
