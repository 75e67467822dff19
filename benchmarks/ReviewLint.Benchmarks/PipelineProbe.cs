using System.Diagnostics;
using System.Text;
using ReviewLint.Analysis;
using ReviewLint.Tokenization;

namespace ReviewLint.Benchmarks;

/// <summary>
/// Runs the default pipeline over a generated corpus several times and prints, per pass, wall and process CPU time, gen0/1/2
/// collections, GC pause time and bytes allocated (for finding where the time goes, not for the performance table: that is
/// BenchmarkDotNet's). With a dump path it also writes every diagnostic of the first pass, one line each, for before/after diffs.
/// </summary>
public static class PipelineProbe
{
    public static async Task<int> RunAsync(string spec, int threads, int passes, string? dumpPath)
    {
        var corpus = BenchmarkCorpus.Get(spec);
        var tokenizer = new JiebaTokenizer(SegmenterKind.Native);
        var linter = new ReviewLinter(PipelineAnalyzers.Create(), tokenizer, new ReviewLintOptions { MaxDegreeOfParallelism = threads });
        double megabytes = corpus.Utf8Bytes / 1e6;
        Console.WriteLine($"corpus {spec}: {corpus.Texts.Length} reports, {megabytes:0.00} MB; {threads} thread(s); GC server={System.Runtime.GCSettings.IsServerGC} " +
            $"latency={System.Runtime.GCSettings.LatencyMode}; gen0size={GcVariable("GCgen0size")}");
        for (int pass = 0; pass < passes; pass++)
        {
            tokenizer.Cache?.Clear();
            var writer = pass == 0 && dumpPath is not null ? new StringBuilder() : null;
            int[] before = [GC.CollectionCount(0), GC.CollectionCount(1), GC.CollectionCount(2)];
            var pause = GC.GetTotalPauseDuration();
            long allocated = GC.GetTotalAllocatedBytes(precise: false);
            var cpu = Process.GetCurrentProcess().TotalProcessorTime;
            long workItems = ThreadPool.CompletedWorkItemCount;
            var clock = Stopwatch.StartNew();
            int diagnostics = 0;
            var telemetry = new AnalyzerTelemetry();
            await foreach (var result in linter.AnalyzeStreamAsync(corpus.FreshDocuments(), telemetry))
            {
                diagnostics += result.Diagnostics.Length;
                if (writer is null) continue;
                foreach (var d in result.Diagnostics)
                    writer.Append(result.Document.Path).Append('\t').Append(d.Id).Append('\t').Append(d.Location.Span.Start).Append('+')
                        .Append(d.Location.Span.Length).Append('\t').Append(d.Severity).Append('\t').Append(d.Message).Append('\t')
                        .AppendJoin(" | ", d.Fix?.Changes.Select(c => $"{c.Span.Start}+{c.Span.Length}→{c.NewText}") ?? []).Append('\n');
            }
            clock.Stop();
            var cpuUsed = Process.GetCurrentProcess().TotalProcessorTime - cpu;
            Console.WriteLine($"pass {pass}: {clock.Elapsed.TotalMilliseconds,6:0} ms wall, {cpuUsed.TotalMilliseconds,6:0} ms CPU, " +
                $"gen0/1/2 {GC.CollectionCount(0) - before[0]}/{GC.CollectionCount(1) - before[1]}/{GC.CollectionCount(2) - before[2]}, " +
                $"pause {(GC.GetTotalPauseDuration() - pause).TotalMilliseconds:0} ms, allocated {(GC.GetTotalAllocatedBytes(false) - allocated) / 1e6 / megabytes:0.0} MB/MB, {diagnostics} diagnostics, " +
                $"{ThreadPool.CompletedWorkItemCount - workItems} thread-pool work items");
            if (pass == passes - 1)
            {
                var rules = telemetry.Analyzers.Sum(a => a.Value.TotalMilliseconds);
                Console.WriteLine($"  last pass, summed over threads: parse+facts {telemetry.Parsing.TotalMilliseconds:0} ms, tokenize {telemetry.Tokenization.TotalMilliseconds:0} ms, " +
                    $"rules {rules:0} ms ({string.Join(", ", telemetry.Analyzers.Take(8).Select(a => $"{a.Key} {a.Value.TotalMilliseconds:0}"))})");
            }
            if (writer is not null) await File.WriteAllTextAsync(dumpPath!, writer.ToString());
        }
        return 0;
    }

    private static string GcVariable(string name) =>
        GC.GetConfigurationVariables().FirstOrDefault(p => p.Key.Equals(name, StringComparison.OrdinalIgnoreCase)) is { Key: not null } entry
            ? Convert.ToString(entry.Value, System.Globalization.CultureInfo.InvariantCulture) ?? "" : "default";
}

/// <summary>
/// Bytes allocated per UTF-8 megabyte by each built-in analyzer alone (documents parsed and tokenized beforehand, one
/// thread, counted after 40 warm-up passes), and by parsing and facts inference: a deterministic number, quick to compare before/after.
/// </summary>
public static class AllocationProbe
{
    public static async Task<int> RunAsync(string spec, string? typesOf)
    {
        var corpus = BenchmarkCorpus.Get(spec);
        double megabytes = corpus.Utf8Bytes / 1e6;
        var tokenizer = new PrecomputedTokenizer(JiebaTokenizer.Shared, corpus.Texts);
        long Measure(Action action, string name = "")
        {
            // Tier-0 code allocates what optimized code keeps on the stack: count a pass once tiered compilation has caught up.
            for (int i = 0; i < 40; i++)
            {
                action();
                if (i % 10 == 9) Thread.Sleep(100);
            }
            long before = GC.GetTotalAllocatedBytes(precise: true);
            action();
            long bytes = GC.GetTotalAllocatedBytes(precise: true) - before;
            if (name == typesOf)
            {
                // Runtime events reach an in-process listener with a delay: sample ten passes, then let the events drain.
                using var types = new AllocationTypes();
                Thread.Sleep(500);
                for (int i = 0; i < 10; i++) action();
                Thread.Sleep(1500);
                types.Print(10);
            }
            return bytes;
        }
        Console.WriteLine($"corpus {spec}: {corpus.Texts.Length} reports, {megabytes:0.00} MB; KB allocated per MB");
        Console.WriteLine($"{"parse",-32}{Measure(() => { foreach (var d in corpus.FreshDocuments()) _ = d.Syntax; }, "parse") / 1e3 / megabytes,10:0}");
        Console.WriteLine($"{"parse+facts",-32}{Measure(() => { foreach (var d in corpus.FreshDocuments()) _ = (d.Syntax, d.Facts); }, "facts") / 1e3 / megabytes,10:0}");
        var native = new JiebaTokenizer(SegmenterKind.Native, useCache: false);
        Console.WriteLine($"{"tokenize (native, no cache)",-32}{Measure(() => { foreach (string t in corpus.Texts) _ = native.Tokenize(t); }, "tokenize") / 1e3 / megabytes,10:0}");
        foreach (var analyzer in PipelineAnalyzers.Create().Prepend(null))
        {
            var linter = new ReviewLinter(analyzer is null ? [] : [analyzer], tokenizer, new ReviewLintOptions { MaxDegreeOfParallelism = 1 });
            List<ReportDocument> documents = [.. corpus.FreshDocuments()];
            foreach (var document in documents) _ = (document.Syntax, document.Facts);
            long bytes = Measure(() => Task.Run(async () =>
            {
                await foreach (var _ in linter.AnalyzeStreamAsync(documents, new AnalyzerTelemetry())) { }
            }).GetAwaiter().GetResult(), analyzer?.GetType().Name ?? "engine");
            Console.WriteLine($"{analyzer?.GetType().Name ?? "(engine only)",-32}{bytes / 1e3 / megabytes,10:0}");
        }
        await Task.CompletedTask;
        return 0;
    }
}

/// <summary>Samples allocations by type (the runtime's allocation tick, about one event per 100 KB) while it is alive.</summary>
internal sealed class AllocationTypes : System.Diagnostics.Tracing.EventListener
{
    private readonly Dictionary<string, long> _bytes = [];

    protected override void OnEventSourceCreated(System.Diagnostics.Tracing.EventSource source)
    {
        if (source.Name == "Microsoft-Windows-DotNETRuntime")
            EnableEvents(source, System.Diagnostics.Tracing.EventLevel.Verbose, (System.Diagnostics.Tracing.EventKeywords)0x1);
    }

    protected override void OnEventWritten(System.Diagnostics.Tracing.EventWrittenEventArgs e)
    {
        if (e.EventName?.StartsWith("GCAllocationTick", StringComparison.Ordinal) != true || e.Payload is null) return;
        int index = e.PayloadNames!.IndexOf("TypeName");
        string type = index >= 0 ? e.Payload[index] as string ?? "?" : "?";
        lock (_bytes) _bytes[type] = _bytes.GetValueOrDefault(type) + 100_000;
    }

    public void Print(int passes)
    {
        lock (_bytes)
            foreach (var (type, bytes) in _bytes.OrderByDescending(p => p.Value).Take(15)) Console.WriteLine($"    ~{bytes / 1000 / passes,8} KB per pass  {type}");
    }
}
