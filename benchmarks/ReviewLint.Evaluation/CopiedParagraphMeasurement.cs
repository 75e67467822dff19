using System.Diagnostics;
using System.Globalization;
using ReviewLint.Analysis;
using ReviewLint.Analyzers.Consistency;
using ReviewLint.Corpus;
using ReviewLint.Tokenization;

namespace ReviewLint.Evaluation;

/// <summary>RL4004 on a generated batch with planted copies: planted pairs found on both sides, unexpected findings, time and peak memory.</summary>
public sealed class CopiedParagraphMeasurement : IMeasurement
{
    public string Name => "copies";

    public string Usage => "[reports=10000] [--rate 0.01] [--mode low|template] [--all-rules] [--threads N] [--show] [--findings FILE]   RL4004 on generated "
        + "reports, a share of which carry a lightly edited paragraph of another unit's report: found/planted/unexpected, time, peak memory";

    public async Task<int> RunAsync(IReadOnlyList<string> arguments)
    {
        var rest = arguments.ToList();
        bool allRules = rest.Remove("--all-rules");
        bool show = rest.Remove("--show");
        string? findingsFile = Take(rest, "--findings");
        double rate = double.Parse(Take(rest, "--rate") ?? "0.01", CultureInfo.InvariantCulture);
        var mode = (Take(rest, "--mode") ?? "low") == "template" ? CorpusMode.TemplateHeavy : CorpusMode.LowRepetition;
        int threads = int.Parse(Take(rest, "--threads") ?? Environment.ProcessorCount.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);
        int count = rest.Count > 0 ? int.Parse(rest[0], CultureInfo.InvariantCulture) : 10_000;

        var corpus = new CorpusOptions(Mode: mode, CopyRate: rate);
        IReadOnlyList<DiagnosticAnalyzer> analyzers = allRules ? Hosting.BuiltInAnalyzers.Create() : [new CopiedParagraphAnalyzer()];
        var linter = new ReviewLinter(analyzers, JiebaTokenizer.Shared, new ReviewLintOptions { MaxDegreeOfParallelism = threads });
        var telemetry = new AnalyzerTelemetry();
        var planted = new List<(string Path, PlantedDefect Copy)>();
        var documents = ReportCorpus.Generate(count, corpus).Select(report =>
        {
            planted.AddRange(report.Defects.Where(d => d.Kind == DefectKind.CopiedParagraph).Select(d => (report.Path, d)));
            return ReportDocument.FromText(report.Path, report.Text);
        });

        // Which reports may name which: the two sides of a planted copy, and reports that copied the same source paragraph.
        var expected = new HashSet<(string, string)>();
        var found = new List<(string Path, Diagnostics.Diagnostic Diagnostic)>();
        int results = 0;
        using var process = Process.GetCurrentProcess();
        var clock = Stopwatch.StartNew();
        TimeSpan perDocument = TimeSpan.Zero, perDocumentCpu = TimeSpan.Zero;
        await foreach (var result in linter.AnalyzeStreamAsync(documents, telemetry))
        {
            if (++results == count)
            {
                perDocument = clock.Elapsed;
                process.Refresh();
                perDocumentCpu = process.TotalProcessorTime;
            }
            found.AddRange(result.Diagnostics.Where(d => d.Id == CopiedParagraphAnalyzer.Rule.Id).Select(d => (result.Path, d)));
        }
        clock.Stop();
        foreach (var group in planted.GroupBy(p => (p.Copy.Source!, p.Copy.Text)))
        {
            string[] sides = [group.Key.Item1, .. group.Select(p => p.Path)];
            foreach (string a in sides)
                foreach (string b in sides)
                    if (a != b) expected.Add((a, b));
        }

        bool Names(string path, string other) => found.Any(f => f.Path == path && f.Diagnostic.Message.Contains($"“{other}”", StringComparison.Ordinal));
        int bothSides = planted.Count(p => Names(p.Path, p.Copy.Source!) && Names(p.Copy.Source!, p.Path));
        int oneSide = planted.Count(p => Names(p.Path, p.Copy.Source!) != Names(p.Copy.Source!, p.Path));
        var unexpected = found.Where(f => !expected.Any(e => e.Item1 == f.Path && f.Diagnostic.Message.Contains($"“{e.Item2}”", StringComparison.Ordinal))).ToList();

        process.Refresh();
        var rl4004 = telemetry.Analyzers.FirstOrDefault(a => a.Key == nameof(CopiedParagraphAnalyzer)).Value;
        Console.WriteLine($"{count} reports ({mode}), copy rate {rate.ToString(CultureInfo.InvariantCulture)}, {threads} thread(s), "
            + (allRules ? "all rules" : "RL4004 alone"));
        Console.WriteLine($"planted copies {planted.Count}: found on both sides {bothSides}, on one side only {oneSide}, missed {planted.Count - bothSides - oneSide}");
        Console.WriteLine($"RL4004 findings {found.Count}, unexpected {unexpected.Count}");
        Console.WriteLine($"time {clock.Elapsed.TotalSeconds:0.00} s (per-document results done at {perDocument.TotalSeconds:0.00} s, "
            + $"batch end {(clock.Elapsed - perDocument).TotalSeconds:0.00} s); RL4004 per-document actions {rl4004.TotalSeconds:0.00} s summed over threads");
        Console.WriteLine($"CPU {process.TotalProcessorTime.TotalSeconds:0.0} s (process: {perDocumentCpu.TotalSeconds:0.0} s until the per-document "
            + $"results were done, generation and parsing included; {(process.TotalProcessorTime - perDocumentCpu).TotalSeconds:0.0} s batch end), peak working set "
            + $"{process.PeakWorkingSet64 / (1 << 20)} MiB, allocated {GC.GetTotalAllocatedBytes() / (1 << 20)} MiB");
        if (findingsFile is not null)
            await File.WriteAllLinesAsync(findingsFile, found
                .Select(f => $"{f.Path}\t{f.Diagnostic.Location.Span.Start}\t{f.Diagnostic.Location.Span.Length}\t{f.Diagnostic.Message}")
                .Order(StringComparer.Ordinal));
        if (show)
        {
            foreach (var (path, copy) in planted.Where(p => !(Names(p.Path, p.Copy.Source!) && Names(p.Copy.Source!, p.Path))))
                Console.WriteLine($"missed\t{path}\t{copy.Source}\t{copy.Text}");
            foreach (var (path, diagnostic) in unexpected) Console.WriteLine($"unexpected\t{path}\t{diagnostic.Message}");
        }
        return 0;
    }

    private static string? Take(List<string> args, string name)
    {
        int index = args.IndexOf(name);
        if (index < 0 || index + 1 >= args.Count) return null;
        string value = args[index + 1];
        args.RemoveRange(index, 2);
        return value;
    }
}
