using System.Text;

namespace ReviewLint.Tokenization.Native;

/// <summary>
/// The native segmenter with its process-wide dictionary. The data (jieba.NET's dict.txt and HMM tables, plus the
/// built-in user dictionary) loads in the background from the moment the first tokenizer is created, so a command
/// can read and parse its input meanwhile; the first cut waits for it. User words given before the load ends are applied
/// by the load itself (adding them never waits); later ones are added copy-on-write: readers never take a lock and never
/// see a half-updated dictionary.
/// </summary>
internal sealed class NativeEngine : SegmentationEngine
{
    private static readonly Lock InitGate = new();
    private static NativeEngine? _instance;

    private readonly string? _directory;
    private readonly Task<NativeView> _loading;
    private readonly Lock _writeGate = new();
    private readonly HashSet<string> _addedWords = new(StringComparer.Ordinal);
    private readonly List<UserDictionaryEntry> _pending = [];
    private NativeView? _view;

    /// <summary>A separate engine (tests); everything else shares the process-wide one from <see cref="Get"/>.</summary>
    internal NativeEngine(string? directory)
    {
        _directory = directory;
        // Dedicated threads, not the thread pool: callers block on the load from pool threads (documents analyzed in
        // parallel), and a load queued behind them would wait for the pool to inject threads.
        var completion = new TaskCompletionSource<NativeView>(TaskCreationOptions.RunContinuationsAsynchronously);
        _loading = completion.Task;
        StartThread("ReviewLint dictionary load", () =>
        {
            try
            {
                completion.SetResult(Load());
            }
            catch (Exception exception)
            {
                completion.SetException(exception);
            }
        });
    }

    public override SegmenterKind Kind => SegmenterKind.Native;

    public override SegmentationView View => Current;

    private NativeView Current => Volatile.Read(ref _view) ?? _loading.GetAwaiter().GetResult();

    /// <summary>The engine, starting its load on first use; the data directory can be chosen only once per process.</summary>
    public static NativeEngine Get(string? dataDirectory)
    {
        lock (InitGate)
        {
            if (_instance is not null)
            {
                if (dataDirectory is not null && (_instance._directory is null || !JiebaResources.PathsEqual(dataDirectory, _instance._directory)))
                    throw new TokenizerException(
                        $"jieba 词典目录在进程内只能设置一次：已使用 {_instance._directory ?? "内嵌词典"}，不能再改为 {dataDirectory}。");
                return _instance;
            }
            return _instance = new NativeEngine(JiebaResources.LocateDirectory(dataDirectory));
        }
    }

    public override int GetFrequency(string word) => Current.Segmenter.Dictionary.GetFrequency(word);

    public override int GetFrequency(ReadOnlySpan<char> word) => Current.Segmenter.Dictionary.GetFrequency(word);

    public override void GetFrequencies(ReadOnlySpan<char> word, int index, ReadOnlySpan<char> replacements, Span<int> frequencies) =>
        Current.Segmenter.Dictionary.GetFrequencies(word, index, replacements, frequencies);

    public override string? GetWordTag(string word) => Current.Segmenter.Dictionary.GetTag(word);

    public override void AddWords(IEnumerable<UserDictionaryEntry> entries)
    {
        var list = entries as IReadOnlyCollection<UserDictionaryEntry> ?? [.. entries];
        lock (_writeGate)
        {
            var current = Volatile.Read(ref _view);
            if (current is null && !_loading.IsCompleted)
            {
                _pending.AddRange(list); // the load applies them before it publishes the dictionary
                return;
            }
            current ??= _loading.GetAwaiter().GetResult();
            NativeSegmenter? updated = null;
            foreach (var entry in list)
            {
                if (!_addedWords.Add(entry.Word)) continue;
                updated ??= new NativeSegmenter(current.Segmenter.Dictionary.Clone(), current.Segmenter.Hmm);
                updated.AddWord(entry.Word, entry.Frequency);
            }
            if (updated is not null) Volatile.Write(ref _view, new NativeView(updated, TokenCache.CreateDefault()));
        }
    }

    private NativeView Load()
    {
        HmmModel? hmm = null;
        Exception? hmmError = null;
        var hmmThread = StartThread("ReviewLint HMM load", () =>
        {
            try
            {
                hmm = HmmModel.Parse(ReadBytes("prob_trans.json"), ReadBytes("prob_emit.json"));
            }
            catch (Exception exception)
            {
                hmmError = exception;
            }
        });
        var dictionary = PrefixDictionary.Parse(ReadText("dict.txt"), SourceName("dict.txt"));
        hmmThread.Join();
        if (hmmError is not null) System.Runtime.ExceptionServices.ExceptionDispatchInfo.Throw(hmmError);
        if (dictionary.Total <= 0) throw new TokenizerException($"jieba 主词典为空或无法读取：{SourceName("dict.txt")}。");
        var segmenter = new NativeSegmenter(dictionary, hmm!);
        lock (_writeGate)
        {
            foreach (var entry in BuiltInUserDictionary.Entries.Concat(_pending))
                if (_addedWords.Add(entry.Word)) segmenter.AddWord(entry.Word, entry.Frequency);
            _pending.Clear();
            var view = new NativeView(segmenter, TokenCache.CreateDefault());
            Volatile.Write(ref _view, view);
            return view;
        }
    }

    private static Thread StartThread(string name, Action work)
    {
        var thread = new Thread(() => work()) { IsBackground = true, Name = name };
        thread.Start();
        return thread;
    }

    private string SourceName(string file) => _directory is null ? $"ReviewLint.dll!jieba/{file}" : Path.Combine(_directory, file);

    private string ReadText(string file)
    {
        var bytes = ReadBytes(file);
        return Encoding.UTF8.GetString(bytes);
    }

    private byte[] ReadBytes(string file)
    {
        if (_directory is not null) return File.ReadAllBytes(Path.Combine(_directory, file));
        using var stream = JiebaResources.OpenEmbedded(JiebaResources.ResourcePrefix + file);
        var bytes = GC.AllocateUninitializedArray<byte>(checked((int)stream.Length));
        stream.ReadExactly(bytes);
        return bytes;
    }

    /// <summary>The segmenter in use now (waits for the load).</summary>
    internal NativeSegmenter Segmenter => Current.Segmenter;

    private sealed class NativeView(NativeSegmenter segmenter, TokenCache? cache) : SegmentationView(cache)
    {
        public NativeSegmenter Segmenter { get; } = segmenter;

        public override void Cut(string text, int start, int length, List<int> ends) => Segmenter.Cut(text.AsSpan(start, length), ends);
    }
}
