using BenchmarkDotNet.Attributes;
using JiebaNet.Segmenter;
using ReviewLint.Analysis;
using ReviewLint.Hosting;
using ReviewLint.Syntax;
using ReviewLint.Text;
using ReviewLint.Tokenization;

namespace ReviewLint.Benchmarks;

/// <summary>
/// One operation processes the whole corpus. The baseline is raw jieba.NET <c>Cut</c> (HMM on, one thread) of every report,
/// so the Ratio column reads "time relative to raw jieba on the same corpus in the same run".
/// </summary>
[MemoryDiagnoser]
public class ThroughputBenchmarks
{
    private BenchmarkCorpus _corpus = null!;
    private JiebaSegmenter _jieba = null!;
    private JiebaTokenizer _jiebaTokenizer = null!;
    private JiebaTokenizer _nativeTokenizer = null!;
    private JiebaTokenizer _cachedTokenizer = null!;
    private ReviewLinter _singleThread = null!;
    private ReviewLinter _allCores = null!;
    private ReviewLinter _jiebaSingleThread = null!;

    public static IEnumerable<string> Corpora => BenchmarkCorpus.Specs;

    [ParamsSource(nameof(Corpora))]
    public string Corpus { get; set; } = "";

    [GlobalSetup]
    public void Setup()
    {
        _corpus = BenchmarkCorpus.Get(Corpus);
        _jiebaTokenizer = new JiebaTokenizer(SegmenterKind.JiebaNet, useCache: false);
        _jieba = new JiebaSegmenter();
        _nativeTokenizer = new JiebaTokenizer(SegmenterKind.Native, useCache: false);
        _cachedTokenizer = new JiebaTokenizer(SegmenterKind.Native);
        var analyzers = PipelineAnalyzers.Create();
        _singleThread = new ReviewLinter(analyzers, _cachedTokenizer, new ReviewLintOptions { MaxDegreeOfParallelism = 1 });
        _allCores = new ReviewLinter(analyzers, _cachedTokenizer, new ReviewLintOptions { MaxDegreeOfParallelism = Environment.ProcessorCount });
        _jiebaSingleThread = new ReviewLinter(analyzers, _jiebaTokenizer, new ReviewLintOptions { MaxDegreeOfParallelism = 1 });
        Console.WriteLine($"// corpus {Corpus}: {_corpus.Texts.Length} reports, {_corpus.Utf8Bytes / 1e6:0.00} MB UTF-8, {_corpus.Characters:N0} chars; " +
            $"analyzers: {PipelineAnalyzers.Describe(analyzers)}");
    }

    /// <summary>The pipelines' setup also waits for tiered compilation to catch up (see <see cref="JitWarmUp"/>): first on one
    /// thread, where the JIT has the other core to itself, then on all cores. BenchmarkDotNet's fixed warm-up iterations are
    /// not enough for a whole-batch operation on both cores: its measured iterations ran while the JIT's background thread still
    /// took CPU from the two workers (with dynamic PGO, methods called once per batch reach optimized code only after about 60 batches).</summary>
    [GlobalSetup(Targets = [nameof(PipelineSingleThread), nameof(PipelineAllCores)])]
    public void SetupSettledPipeline()
    {
        Setup();
        int single = JitWarmUp.UntilQuiet(() => WarmUp(_singleThread), JitWarmUp.MinSingleThreadRuns, MaxWarmUpRuns);
        int all = JitWarmUp.UntilQuiet(() => WarmUp(_allCores), JitWarmUp.QuietRuns, MaxWarmUpRuns);
        Console.WriteLine($"// JIT settled after {single} pipeline runs on one thread and {all} on all cores");
    }

    private const int MaxWarmUpRuns = 120;

    private void WarmUp(ReviewLinter linter)
    {
        ColdCache();
        Run(linter).GetAwaiter().GetResult();
    }

    /// <summary>Every measurement starts from a cold line cache: no iteration profits from the previous one.</summary>
    [IterationSetup]
    public void ColdCache() => _cachedTokenizer.Cache?.Clear();

    [Benchmark(Baseline = true, Description = "raw jieba.NET Cut")]
    public int RawJiebaCut()
    {
        int tokens = 0;
        foreach (string text in _corpus.Texts) tokens += _jieba.Cut(text, hmm: true).Count();
        return tokens;
    }

    [Benchmark(Description = "parse")]
    public int Parse()
    {
        int sentences = 0;
        foreach (string text in _corpus.Texts) sentences += ReportParser.Parse(SourceText.From(text)).Sentences.Length;
        return sentences;
    }

    [Benchmark(Description = "tokenize: jieba.NET")]
    public int TokenizeJiebaNet() => Tokenize(_jiebaTokenizer);

    [Benchmark(Description = "tokenize: native")]
    public int TokenizeNative() => Tokenize(_nativeTokenizer);

    [Benchmark(Description = "tokenize: native+cache")]
    public int TokenizeNativeCached() => Tokenize(_cachedTokenizer);

    [Benchmark(Description = "pipeline: jieba.NET, 1 thread")]
    public Task<int> PipelineJiebaNetSingleThread() => Run(_jiebaSingleThread);

    [Benchmark(Description = "pipeline: 1 thread")]
    public Task<int> PipelineSingleThread() => Run(_singleThread);

    [Benchmark(Description = "pipeline: all cores")]
    public Task<int> PipelineAllCores() => Run(_allCores);

    private int Tokenize(ITokenizer tokenizer)
    {
        int tokens = 0;
        foreach (string text in _corpus.Texts) tokens += tokenizer.Tokenize(text).Count;
        return tokens;
    }

    private async Task<int> Run(ReviewLinter linter)
    {
        int diagnostics = 0;
        await foreach (var result in linter.AnalyzeStreamAsync(_corpus.FreshDocuments(), new AnalyzerTelemetry())) diagnostics += result.Diagnostics.Length;
        return diagnostics;
    }
}
