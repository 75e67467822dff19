using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using JiebaNet.Segmenter;
using ReviewLint.Analysis;
using ReviewLint.Tokenization;

namespace ReviewLint.Benchmarks;

/// <summary>
/// Parallel throughput under different GC settings (each job is its own process): the suite's default job is workstation
/// GC, non-concurrent; the extra jobs are concurrent workstation GC, server GC and a 64 MB gen0 budget. jieba.NET allocates
/// about 180 bytes per input byte, so its parallel run shows how much the GC holds back two threads. Not part of --quick.
/// </summary>
[Config(typeof(GcJobs))]
[MemoryDiagnoser]
public class GcSettingsBenchmarks
{
    private BenchmarkCorpus _corpus = null!;
    private JiebaSegmenter _jieba = null!;
    private JiebaTokenizer _cached = null!;
    private ReviewLinter _allCores = null!;
    private ReviewLinter _jiebaAllCores = null!;

    public static IEnumerable<string> Corpora => BenchmarkCorpus.Specs.Take(1);

    [ParamsSource(nameof(Corpora))]
    public string Corpus { get; set; } = "";

    [GlobalSetup]
    public void Setup()
    {
        _corpus = BenchmarkCorpus.Get(Corpus);
        var jiebaTokenizer = new JiebaTokenizer(SegmenterKind.JiebaNet, useCache: false);
        _jieba = new JiebaSegmenter();
        _cached = new JiebaTokenizer(SegmenterKind.Native);
        var analyzers = PipelineAnalyzers.Create();
        var options = new ReviewLintOptions { MaxDegreeOfParallelism = Environment.ProcessorCount };
        _allCores = new ReviewLinter(analyzers, _cached, options);
        _jiebaAllCores = new ReviewLinter(analyzers, jiebaTokenizer, options);
    }

    [IterationSetup]
    public void ColdCache() => _cached.Cache?.Clear();

    [Benchmark(Baseline = true, Description = "raw jieba.NET Cut, 1 thread")]
    public int RawJiebaCut()
    {
        int tokens = 0;
        foreach (string text in _corpus.Texts) tokens += _jieba.Cut(text, hmm: true).Count();
        return tokens;
    }

    [Benchmark(Description = "raw jieba.NET Cut, all cores")]
    public int RawJiebaCutParallel()
    {
        int tokens = 0;
        Parallel.ForEach(_corpus.Texts, text => Interlocked.Add(ref tokens, _jieba.Cut(text, hmm: true).Count()));
        return tokens;
    }

    [Benchmark(Description = "pipeline: jieba.NET, all cores")]
    public Task<int> PipelineJiebaNetAllCores() => Run(_jiebaAllCores);

    [Benchmark(Description = "pipeline: all cores")]
    public Task<int> PipelineAllCores() => Run(_allCores);

    private async Task<int> Run(ReviewLinter linter)
    {
        int diagnostics = 0;
        await foreach (var result in linter.AnalyzeStreamAsync(_corpus.FreshDocuments(), new AnalyzerTelemetry())) diagnostics += result.Diagnostics.Length;
        return diagnostics;
    }

    private sealed class GcJobs : ManualConfig
    {
        public GcJobs()
        {
            var job = Job.Default.WithWarmupCount(8).WithIterationCount(8).WithGcServer(false);
            AddJob(job.WithGcConcurrent(true).WithId("Concurrent"));
            AddJob(job.WithGcServer(true).WithGcConcurrent(false).WithId("Server"));
            AddJob(job.WithGcConcurrent(false).WithEnvironmentVariables(new EnvironmentVariable("DOTNET_GCgen0size", "0x4000000")).WithId("Gen0-64MB"));
        }
    }
}
