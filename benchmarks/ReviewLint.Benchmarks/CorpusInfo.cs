namespace ReviewLint.Benchmarks;

/// <summary>Prints what a corpus spec generates: sizes, genres, unit types, planted defects, line repetition, a sample.</summary>
public static class CorpusInfo
{
    public static void Print(string spec)
    {
        var corpus = BenchmarkCorpus.Get(spec);
        var reports = corpus.Reports;
        var lines = corpus.Texts.SelectMany(t => t.Split('\n')).Select(l => l.Trim()).Where(l => l.Length > 0).ToList();
        Console.WriteLine($"{spec}: {reports.Count} reports, {corpus.Utf8Bytes / 1e6:0.00} MB UTF-8, {corpus.Characters:N0} chars " +
            $"(mean {corpus.Characters / Math.Max(1, reports.Count):N0} per report)");
        Console.WriteLine($"lines: {lines.Count:N0}, distinct {lines.Distinct().Count():N0} ({100.0 * lines.Distinct().Count() / Math.Max(1, lines.Count):0.0}%)");
        Console.WriteLine("genres: " + string.Join(", ", reports.GroupBy(r => r.Kind).OrderBy(g => g.Key).Select(g => $"{g.Key} {g.Count()}")));
        Console.WriteLine("units: " + string.Join(", ", reports.GroupBy(r => r.UnitType).OrderByDescending(g => g.Count()).Select(g => $"{g.Key} {g.Count()}")));
        Console.WriteLine("defects: " + string.Join(", ", reports.SelectMany(r => r.Defects).GroupBy(d => d.Kind).OrderBy(g => g.Key).Select(g => $"{g.Key} {g.Count()}")));
        if (reports.Count > 0) Console.WriteLine($"--- {reports[0].Path}\n{reports[0].Text}");
    }
}
