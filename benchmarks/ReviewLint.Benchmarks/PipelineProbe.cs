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
    public static async Task<int> RunAsync(string spec, int threads, int passes, string? dumpPath, bool settle = false)
    {
        var corpus = BenchmarkCorpus.Get(spec);
        var tokenizer = new JiebaTokenizer(SegmenterKind.Native);
        var linter = new ReviewLinter(PipelineAnalyzers.Create(), tokenizer, new ReviewLintOptions { MaxDegreeOfParallelism = threads });
        double megabytes = corpus.Utf8Bytes / 1e6;
        Console.WriteLine($"corpus {spec}: {corpus.Texts.Length} reports, {megabytes:0.00} MB; {threads} thread(s); GC server={System.Runtime.GCSettings.IsServerGC} " +
            $"latency={System.Runtime.GCSettings.LatencyMode}; gen0size={GcVariable("GCgen0size")}");
        var summary = new List<(double Wall, double Cpu, double Tail, double Busy, double Rules)>();
        Dictionary<string, (long Running, long Waiting)>? threadsAtHalf = null;
        JitEvents? jit = null;
        if (settle)
        {
            // As the throughput benchmarks do: let tiered compilation catch up on one thread (the JIT gets the other core), then on all.
            var single = new ReviewLinter(PipelineAnalyzers.Create(), tokenizer, new ReviewLintOptions { MaxDegreeOfParallelism = 1 });
            int one = JitWarmUp.UntilQuiet(() => Drain(single, corpus), JitWarmUp.MinSingleThreadRuns, 120);
            int all = JitWarmUp.UntilQuiet(() => Drain(linter, corpus), JitWarmUp.QuietRuns, 120);
            Console.WriteLine($"settled: {one} passes on one thread, then {all} on {threads}");
        }
        for (int pass = 0; pass < passes; pass++)
        {
            tokenizer.Cache?.Clear();
            var writer = pass == 0 && dumpPath is not null ? new StringBuilder() : null;
            int[] before = [GC.CollectionCount(0), GC.CollectionCount(1), GC.CollectionCount(2)];
            var pause = GC.GetTotalPauseDuration();
            long allocated = GC.GetTotalAllocatedBytes(precise: false);
            if (pass == passes / 2)
            {
                threadsAtHalf = ThreadCpu();
                if (Environment.GetEnvironmentVariable("REVIEWLINT_PROBE_JIT") == "1") jit = new JitEvents();
            }
            long runqueue = ThreadCpu().Values.Sum(t => t.Waiting);
            var cpu = Process.GetCurrentProcess().TotalProcessorTime;
            long workItems = ThreadPool.CompletedWorkItemCount;
            long jitted = System.Runtime.JitInfo.GetCompiledMethodCount();
            var clock = Stopwatch.StartNew();
            int diagnostics = 0, results = 0;
            double lastDocument = 0;
            var telemetry = new AnalyzerTelemetry();
            await foreach (var result in linter.AnalyzeStreamAsync(corpus.FreshDocuments(), telemetry))
            {
                diagnostics += result.Diagnostics.Length;
                if (++results == corpus.Texts.Length) lastDocument = clock.Elapsed.TotalMilliseconds;
                if (writer is null) continue;
                foreach (var d in result.Diagnostics)
                    writer.Append(result.Document.Path).Append('\t').Append(d.Id).Append('\t').Append(d.Location.Span.Start).Append('+')
                        .Append(d.Location.Span.Length).Append('\t').Append(d.Severity).Append('\t').Append(d.Message).Append('\t')
                        .AppendJoin(" | ", d.Fix?.Changes.Select(c => $"{c.Span.Start}+{c.Span.Length}→{c.NewText}") ?? []).Append('\n');
            }
            clock.Stop();
            var cpuUsed = Process.GetCurrentProcess().TotalProcessorTime - cpu;
            double waited = (ThreadCpu().Values.Sum(t => t.Waiting) - runqueue) / 1e6;
            var rules = telemetry.Analyzers.Sum(a => a.Value.TotalMilliseconds);
            double busy = telemetry.Parsing.TotalMilliseconds + telemetry.Tokenization.TotalMilliseconds + rules;
            double tail = clock.Elapsed.TotalMilliseconds - lastDocument;
            Console.WriteLine($"pass {pass}: {clock.Elapsed.TotalMilliseconds,6:0} ms wall, {cpuUsed.TotalMilliseconds,6:0} ms CPU, " +
                $"gen0/1/2 {GC.CollectionCount(0) - before[0]}/{GC.CollectionCount(1) - before[1]}/{GC.CollectionCount(2) - before[2]}, " +
                $"pause {(GC.GetTotalPauseDuration() - pause).TotalMilliseconds:0} ms, allocated {(GC.GetTotalAllocatedBytes(false) - allocated) / 1e6 / megabytes:0.0} MB/MB, {diagnostics} diagnostics, " +
                $"{ThreadPool.CompletedWorkItemCount - workItems} thread-pool work items, {System.Runtime.JitInfo.GetCompiledMethodCount() - jitted} methods jitted, batch end {tail:0} ms, " +
                $"workers busy {busy / (threads * (clock.Elapsed.TotalMilliseconds - tail)):P0}, threads runnable but waiting {waited:0} ms");
            summary.Add((clock.Elapsed.TotalMilliseconds, cpuUsed.TotalMilliseconds, tail, busy, rules));
            if (pass == passes - 1)
            {
                Console.WriteLine($"  last pass, summed over threads: parse+facts {telemetry.Parsing.TotalMilliseconds:0} ms, tokenize {telemetry.Tokenization.TotalMilliseconds:0} ms, " +
                    $"rules {rules:0} ms ({string.Join(", ", telemetry.Analyzers.Take(8).Select(a => $"{a.Key} {a.Value.TotalMilliseconds:0}"))})");
            }
            if (writer is not null) await File.WriteAllTextAsync(dumpPath!, writer.ToString());
        }
        Thread.Sleep(1000);
        jit?.Print(passes - passes / 2, 70);
        jit?.Dispose();
        // The second half of the passes has left tiered compilation's warm-up behind.
        var settled = summary.Skip(passes / 2).ToList();
        double Median(Func<(double Wall, double Cpu, double Tail, double Busy, double Rules), double> pick) =>
            settled.Select(pick).Order().ElementAt(settled.Count / 2);
        double wall = Median(p => p.Wall);
        var walls = settled.Select(p => p.Wall).Order().ToList();
        Console.WriteLine($"median of passes {passes / 2}–{passes - 1}: {wall:0} ms wall ({megabytes / wall * 1e3:0.0} MB/s; fastest {walls[0]:0}, lower quartile {walls[walls.Count / 4]:0}), {Median(p => p.Cpu):0} ms CPU, " +
            $"batch end {Median(p => p.Tail):0} ms, parse+facts+tokenize+rules summed over threads {Median(p => p.Busy):0} ms " +
            $"(rules {Median(p => p.Rules):0} ms), i.e. {Median(p => p.Busy) / (threads * (wall - Median(p => p.Tail))):P0} of the threads' time before the batch end");
        if (threadsAtHalf is not null)
        {
            var now = ThreadCpu();
            Console.WriteLine("per pass by thread name over those passes, ms on a CPU / ms runnable but waiting for one: " + string.Join(", ", now
                .Select(p => (p.Key, Running: (p.Value.Running - threadsAtHalf.GetValueOrDefault(p.Key).Running) / 1e6 / settled.Count,
                    Waiting: (p.Value.Waiting - threadsAtHalf.GetValueOrDefault(p.Key).Waiting) / 1e6 / settled.Count))
                .Where(p => p.Running >= 1 || p.Waiting >= 1).OrderByDescending(p => p.Running).Select(p => $"{p.Key} {p.Running:0}/{p.Waiting:0}")));
        }
        return 0;
    }

    private static void Drain(ReviewLinter linter, BenchmarkCorpus corpus) => Task.Run(async () =>
    {
        await foreach (var _ in linter.AnalyzeStreamAsync(corpus.FreshDocuments())) { }
    }).GetAwaiter().GetResult();

    /// <summary>Per thread name: nanoseconds on a CPU and nanoseconds runnable but waiting for one (Linux /proc/…/schedstat;
    /// empty elsewhere).</summary>
    private static Dictionary<string, (long Running, long Waiting)> ThreadCpu()
    {
        var times = new Dictionary<string, (long Running, long Waiting)>(StringComparer.Ordinal);
        if (!Directory.Exists("/proc/self/task")) return times;
        foreach (string task in Directory.GetDirectories("/proc/self/task"))
        {
            try
            {
                string name = File.ReadAllText(Path.Combine(task, "comm")).Trim();
                var fields = File.ReadAllText(Path.Combine(task, "schedstat")).Split(' ');
                var (running, waiting) = times.GetValueOrDefault(name);
                times[name] = (running + long.Parse(fields[0], System.Globalization.CultureInfo.InvariantCulture),
                    waiting + long.Parse(fields[1], System.Globalization.CultureInfo.InvariantCulture));
            }
            catch (IOException)
            {
                // the thread ended meanwhile
            }
        }
        return times;
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

/// <summary>Counts the methods the JIT compiles while it is alive (runtime JIT events), by name and optimization tier.</summary>
internal sealed class JitEvents : System.Diagnostics.Tracing.EventListener
{
    private readonly Dictionary<string, int> _methods = [];
    private readonly Dictionary<int, int> _tiers = [];

    protected override void OnEventSourceCreated(System.Diagnostics.Tracing.EventSource source)
    {
        if (source.Name == "Microsoft-Windows-DotNETRuntime")
            EnableEvents(source, System.Diagnostics.Tracing.EventLevel.Verbose, (System.Diagnostics.Tracing.EventKeywords)0x10);
    }

    protected override void OnEventWritten(System.Diagnostics.Tracing.EventWrittenEventArgs e)
    {
        if (e.EventName != "MethodLoadVerbose_V2" && e.EventName != "MethodLoadVerbose_V1" && e.EventName != "MethodLoadVerbose" || e.Payload is null) return;
        string Field(string name) => e.PayloadNames!.IndexOf(name) is int i and >= 0 ? Convert.ToString(e.Payload[i], System.Globalization.CultureInfo.InvariantCulture) ?? "" : "";
        int flags = int.TryParse(Field("MethodFlags"), out int f) ? f : 0;
        string key = $"{Field("MethodNamespace")}::{Field("MethodName")} [tier {(flags >> 7) & 0xF}]";
        lock (_methods) _tiers[(flags >> 7) & 0xF] = _tiers.GetValueOrDefault((flags >> 7) & 0xF) + 1;
        lock (_methods) _methods[key] = _methods.GetValueOrDefault(key) + 1;
    }

    public void Print(int passes, int top)
    {
        lock (_methods)
        {
            Console.WriteLine($"methods compiled per pass: {_methods.Values.Sum() / (double)passes:0.0}; by tier (runtime OptimizationTier: 2 optimized, 3 quick, 4 tier 1, 7 instrumented tier 0, 8 instrumented tier 1): " +
                string.Join(", ", _tiers.OrderBy(p => p.Key).Select(p => $"{p.Key}: {p.Value}")) + "; most often:");
            foreach (var (method, count) in _methods.OrderByDescending(p => p.Value).Take(top)) Console.WriteLine($"    {count,6}  {method}");
        }
    }
}
