using System.Diagnostics;
using ReviewLint.Analysis;
using ReviewLint.Corpus;
using ReviewLint.Hosting;
using ReviewLint.Tokenization;

namespace ReviewLint.Benchmarks;

/// <summary>Streams a batch through the default pipeline, generating reports on the fly, and reports the peak working set.
/// Run it once per batch size (each run is its own process): peak memory of 10,000 reports vs 1,000.</summary>
public static class MemoryProbe
{
    public static async Task<int> RunAsync(int count, string mode, int threads, IReadOnlyList<string> rulesOff)
    {
        var options = BenchmarkCorpus.Options($"{mode}-{count}");
        var lintOptions = new ReviewLintOptions { MaxDegreeOfParallelism = threads };
        foreach (string rule in rulesOff) lintOptions.Rules[rule] = "off";
        var linter = new ReviewLinter(PipelineAnalyzers.Create(), JiebaTokenizer.Shared, lintOptions);
        var telemetry = new AnalyzerTelemetry();
        long bytes = 0, diagnostics = 0;
        var clock = Stopwatch.StartNew();
        var documents = ReportCorpus.Generate(count, options).Select(report =>
        {
            bytes += System.Text.Encoding.UTF8.GetByteCount(report.Text);
            return ReportDocument.FromText(report.Path, report.Text);
        });
        await foreach (var result in linter.AnalyzeStreamAsync(documents, telemetry)) diagnostics += result.Diagnostics.Length;
        clock.Stop();
        using var process = Process.GetCurrentProcess();
        process.Refresh();
        var cache = JiebaTokenizer.Shared.Cache;
        Console.WriteLine($"reports {count} ({mode}), {bytes / 1e6:0.0} MB UTF-8, {threads} thread(s){(rulesOff.Count > 0 ? ", off: " + string.Join(",", rulesOff) : "")}: {clock.Elapsed.TotalSeconds:0.00} s " +
            $"({bytes / 1e6 / clock.Elapsed.TotalSeconds:0.0} MB/s incl. generation), {diagnostics} diagnostics");
        Console.WriteLine($"peak working set {process.PeakWorkingSet64 / (1 << 20)} MiB, managed heap now {GC.GetTotalMemory(false) / (1 << 20)} MiB, " +
            $"gen2 collections {GC.CollectionCount(2)}, allocated {GC.GetTotalAllocatedBytes() / (1 << 20)} MiB");
        Console.WriteLine($"live after a full collection: {GC.GetTotalMemory(forceFullCollection: true) / (1 << 20)} MiB");
        if (cache is not null)
            Console.WriteLine($"line cache: {cache.Hits} hits, {cache.Misses} misses, ~{cache.EstimatedBytes / (1 << 20)} MiB held (budget {cache.BudgetBytes / (1 << 20)} MiB)");
        Console.WriteLine($"paragraph findings cache: {telemetry.ParagraphCacheHits} hits, {telemetry.ParagraphCacheMisses} misses");
        Console.WriteLine($"tokenization {telemetry.Tokenization.TotalSeconds:0.00} s, parsing {telemetry.Parsing.TotalSeconds:0.00} s (summed over threads)");
        foreach (var (analyzer, time) in telemetry.Analyzers) Console.WriteLine($"  {analyzer,-36} {time.TotalSeconds:0.000} s");
        return 0;
    }
}
