using BenchmarkDotNet.Attributes;
using ReviewLint.Analysis;
using ReviewLint.Hosting;
using ReviewLint.Tokenization;

namespace ReviewLint.Benchmarks;

/// <summary>
/// Each built-in analyzer alone over the low-repetition corpus, single-threaded, with documents already parsed and tokens
/// already computed: what remains is the analyzer plus the engine's per-document work (the "(engine only)" row).
/// Analyzers are discovered at run time, so the rows follow whatever ReviewLint.Analyzers contains.
/// </summary>
[MemoryDiagnoser]
public class AnalyzerBenchmarks
{
    public const string EngineOnly = "(engine only)";

    private ReviewLinter _linter = null!;
    private List<ReportDocument> _documents = null!;

    public static IEnumerable<string> Analyzers => [EngineOnly, .. BuiltInAnalyzers.Create().Select(a => a.GetType().Name)];

    public static IEnumerable<string> Corpora => BenchmarkCorpus.Specs.Take(1);

    [ParamsSource(nameof(Analyzers))]
    public string Analyzer { get; set; } = "";

    [ParamsSource(nameof(Corpora))]
    public string Corpus { get; set; } = "";

    [GlobalSetup]
    public void Setup()
    {
        var corpus = BenchmarkCorpus.Get(Corpus);
        var analyzers = BuiltInAnalyzers.Create().Where(a => a.GetType().Name == Analyzer).ToList();
        _documents = [.. corpus.FreshDocuments()];
        foreach (var document in _documents) _ = (document.Syntax, document.Facts);
        var tokenizer = new PrecomputedTokenizer(JiebaTokenizer.Shared, corpus.Texts);
        _linter = new ReviewLinter(analyzers, tokenizer, new ReviewLintOptions { MaxDegreeOfParallelism = 1 });
    }

    [Benchmark(Description = "analyzer alone")]
    public async Task<int> AnalyzerAlone()
    {
        int diagnostics = 0;
        await foreach (var result in _linter.AnalyzeStreamAsync(_documents, new AnalyzerTelemetry())) diagnostics += result.Diagnostics.Length;
        return diagnostics;
    }
}
