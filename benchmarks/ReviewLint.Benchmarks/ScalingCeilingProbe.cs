using System.Diagnostics;
using JiebaNet.Segmenter;
using ReviewLint.Tokenization;

namespace ReviewLint.Benchmarks;

/// <summary>
/// What two threads can give on this machine for work that shares nothing: each job is timed over the whole corpus (some several times, so that a pass takes at least about 0.2 s) on one
/// thread, then split in two halves (equal characters) run on two dedicated threads at once. The speed-up of a job that
/// shares nothing is the ceiling for the pipeline; "same work" runs the whole job on both threads at once and gives the
/// slowdown each thread suffers from the other one (1.00 = none).
/// </summary>
public static class ScalingCeilingProbe
{
    public static int Run(string spec, int passes)
    {
        var corpus = BenchmarkCorpus.Get(spec);
        var native = new JiebaTokenizer(SegmenterKind.Native, useCache: false);
        _ = new JiebaTokenizer(SegmenterKind.JiebaNet, useCache: false); // points jieba.NET at its data files
        _ = native.Tokenize(corpus.Texts[0]);
        var (first, second) = Halves(corpus.Texts);
        Console.WriteLine($"corpus {spec}: {corpus.Texts.Length} reports, {corpus.Utf8Bytes / 1e6:0.00} MB; {passes} passes, median ms; {Environment.ProcessorCount} processors");
        Console.WriteLine($"{"job",-34}{"1 thread",10}{"2 threads",11}{"speed-up",10}{"same work",11}{"slowdown",10}{"CPU/wall (2 threads)",22}");
        Report("pure CPU loop (registers only)", passes, _ => texts => Spin(texts.Length * 500_000), corpus.Texts, first, second);
        Report("memory walk (64 MiB, per thread)", passes, _ => { var block = new int[16 << 20]; return texts => Walk(block, texts.Length * 40_000); }, corpus.Texts, first, second);
        Report("allocation loop (small objects)", passes, _ => texts => Allocate(texts.Length * 100_000), corpus.Texts, first, second);
        Report("native tokenizer, no line cache", passes, _ => texts => Repeat(4, () => texts.Sum(t => native.Tokenize(t).Count)), corpus.Texts, first, second);
        Report("raw jieba.NET Cut (HMM)", passes, _ => { var jieba = new JiebaSegmenter(); return texts => texts.Sum(t => jieba.Cut(t, hmm: true).Count()); },
            corpus.Texts, first, second);
        return 0;
    }

    private static void Report(string name, int passes, Func<int, Func<string[], long>> create, string[] all, string[] first, string[] second)
    {
        var jobs = new[] { create(0), create(1) };
        for (int i = 0; i < 3; i++) _ = jobs[0](all); // warm-up: tiered JIT
        var one = new List<double>();
        var two = new List<double>();
        var same = new List<double>();
        TimeSpan cpu;
        double twoWall = 0, twoCpu = 0;
        for (int pass = 0; pass < passes; pass++)
        {
            one.Add(Time(() => jobs[0](all)));
            cpu = Process.GetCurrentProcess().TotalProcessorTime;
            two.Add(TimeTwo(() => jobs[0](first), () => jobs[1](second)));
            same.Add(TimeTwo(() => jobs[0](all), () => jobs[1](all)));
            twoCpu += (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalMilliseconds;
            twoWall += two[^1] + same[^1];
        }
        double o = Median(one), t = Median(two), s = Median(same);
        Console.WriteLine($"{name,-34}{o,10:0.0}{t,11:0.0}{o / t,9:0.00}×{s,11:0.0}{s / o,10:0.00}{twoCpu / twoWall,22:0.00}");
    }

    private static double Time(Func<long> job)
    {
        var clock = Stopwatch.StartNew();
        GC.KeepAlive(job());
        return clock.Elapsed.TotalMilliseconds;
    }

    /// <summary>Wall time until both jobs are done, started together on two dedicated threads.</summary>
    private static double TimeTwo(Func<long> a, Func<long> b)
    {
        using var start = new Barrier(3);
        var threads = new[] { a, b }.Select(job => new Thread(() =>
        {
            start.SignalAndWait();
            GC.KeepAlive(job());
        })).ToArray();
        foreach (var thread in threads) thread.Start();
        start.SignalAndWait();
        var clock = Stopwatch.StartNew();
        foreach (var thread in threads) thread.Join();
        return clock.Elapsed.TotalMilliseconds;
    }

    private static (string[] First, string[] Second) Halves(string[] texts)
    {
        long total = texts.Sum(t => (long)t.Length), sum = 0;
        int split = 0;
        while (split < texts.Length && sum + texts[split].Length <= total / 2) sum += texts[split++].Length;
        return (texts[..split], texts[split..]);
    }

    private static long Repeat(int times, Func<long> job)
    {
        long sum = 0;
        for (int i = 0; i < times; i++) sum += job();
        return sum;
    }

    private static long Spin(int rounds)
    {
        ulong x = 88172645463325252UL;
        for (int i = 0; i < rounds; i++)
        {
            x ^= x << 13;
            x ^= x >> 7;
            x ^= x << 17;
        }
        return (long)x;
    }

    /// <summary>Dependent random reads over a block larger than the L3 share: latency-bound, like a hash probe that misses.</summary>
    private static long Walk(int[] block, int reads)
    {
        uint x = 2463534242;
        long sum = 0;
        for (int i = 0; i < reads; i++)
        {
            x ^= x << 13;
            x ^= x >> 17;
            x ^= x << 5;
            sum += block[(x + (uint)sum) & (uint)(block.Length - 1)];
        }
        return sum;
    }

    private static long Allocate(int count)
    {
        long sum = 0;
        for (int i = 0; i < count; i++) sum += new string('x', 1 + (i & 31)).Length;
        return sum;
    }

    private static double Median(List<double> values)
    {
        values.Sort();
        return values[values.Count / 2];
    }
}
