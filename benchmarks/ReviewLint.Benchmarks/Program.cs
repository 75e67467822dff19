using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Running;
using BenchmarkDotNet.Toolchains.InProcess.Emit;
using ReviewLint.Benchmarks;

// Usage (see README, "Performance"):
//   dotnet run -c Release --project benchmarks/ReviewLint.Benchmarks -- --filter '*'          full suite, separate processes
//   dotnet run -c Release --project benchmarks/ReviewLint.Benchmarks -- --quick               about a minute, in-process, small corpora
//   … -- --corpus low-1000,template-1000 --filter '*Throughput*'                              other corpora
//   … -- --memory 10000 [--mode low|template] [--threads N] [--off RL4004,…]                 peak working set of a streamed batch
//   … -- --quick --off RL5001,RL2004,RL4004                                                 pipeline without these rules
//   … -- --probe low-300 [--threads 2] [--passes 6] [--dump out.tsv] [--off …] [--settle]   GC counts, pause, CPU per pass; diagnostics dump
//   … -- --alloc low-100 [--types NumberingAnalyzer|parse|facts|tokenize|engine]                                                                 KB allocated per MB: parse, facts, each analyzer alone
//   … -- --ceiling low-300 [--passes 9]                                                       two-thread speed-up of jobs that share nothing
//   … -- --corpus-info low-300                                                                what a corpus looks like
var rest = args.ToList();
bool quick = rest.Remove("--quick");
if (Take(rest, "--memory") is { } count)
    return await MemoryProbe.RunAsync(int.Parse(count, System.Globalization.CultureInfo.InvariantCulture), Take(rest, "--mode") ?? "low",
        int.Parse(Take(rest, "--threads") ?? Environment.ProcessorCount.ToString(System.Globalization.CultureInfo.InvariantCulture), System.Globalization.CultureInfo.InvariantCulture),
        (Take(rest, "--off") ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
if (Take(rest, "--probe") is { } probe)
{
    if (Take(rest, "--off") is { } probeOff) Environment.SetEnvironmentVariable(PipelineAnalyzers.OffVariable, probeOff);
    return await PipelineProbe.RunAsync(probe, int.Parse(Take(rest, "--threads") ?? "1", System.Globalization.CultureInfo.InvariantCulture),
        int.Parse(Take(rest, "--passes") ?? "6", System.Globalization.CultureInfo.InvariantCulture), Take(rest, "--dump"), rest.Remove("--settle"));
}
if (Take(rest, "--ceiling") is { } ceilingSpec)
    return ScalingCeilingProbe.Run(ceilingSpec, int.Parse(Take(rest, "--passes") ?? "9", System.Globalization.CultureInfo.InvariantCulture));
if (Take(rest, "--alloc") is { } allocSpec) return await AllocationProbe.RunAsync(allocSpec, Take(rest, "--types"));
if (Take(rest, "--corpus-info") is { } info)
{
    CorpusInfo.Print(info);
    return 0;
}
if (Take(rest, "--off") is { } off) Environment.SetEnvironmentVariable(PipelineAnalyzers.OffVariable, off);
if (Take(rest, "--corpus") is { } specs) BenchmarkCorpus.Specs = specs.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
else if (quick) BenchmarkCorpus.Specs = ["low-100", "template-100"];
if (quick && !rest.Contains("--filter")) rest.AddRange(["--filter", "*ThroughputBenchmarks*"]);

// One operation is a whole corpus (invoked once per iteration), so tiered JIT needs several warm-up operations before the
// code it measures is the optimized code: with 2 the first measured iterations of a 40 ms operation still ran at 2-4x.
var job = Job.Default.WithGcServer(false).WithGcConcurrent(false);
job = quick
    ? job.WithToolchain(InProcessEmitToolchain.Instance).WithWarmupCount(4).WithIterationCount(5).WithId("Quick")
    : job.WithWarmupCount(8).WithIterationCount(10).WithId("Suite");
var config = DefaultConfig.Instance
    .AddJob(job)
    .AddColumn(CorpusColumn.Throughput, CorpusColumn.AllocatedPerMegabyte)
    .WithSummaryStyle(BenchmarkDotNet.Reports.SummaryStyle.Default.WithMaxParameterColumnWidth(40))
    .WithOptions(ConfigOptions.JoinSummary);
BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run([.. rest], config);
return 0;

static string? Take(List<string> args, string name)
{
    int index = args.IndexOf(name);
    if (index < 0 || index + 1 >= args.Count) return null;
    string value = args[index + 1];
    args.RemoveRange(index, 2);
    return value;
}
