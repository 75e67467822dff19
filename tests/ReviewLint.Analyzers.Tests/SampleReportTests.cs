using Microsoft.Extensions.DependencyInjection;

namespace ReviewLint.Analyzers.Tests;

/// <summary>Every built-in rule together on the sample reports: exactly the findings listed in samples/expected.tsv.</summary>
public class SampleReportTests
{
    private static readonly Lazy<IReviewLinter> Linter = new(() =>
        new ServiceCollection().AddReviewLint(o => o.MaxDegreeOfParallelism = 2).BuildServiceProvider().GetRequiredService<IReviewLinter>());

    public static TheoryData<string> Samples()
    {
        var data = new TheoryData<string>();
        foreach (var path in Directory.GetFiles(RepositoryRoot.Combine("samples"), "*.txt").Order(StringComparer.Ordinal))
            data.Add(Path.GetFileName(path));
        return data;
    }

    [Theory]
    [MemberData(nameof(Samples))]
    public async Task Sample_report_has_exactly_the_expected_findings(string file)
    {
        string text = await File.ReadAllTextAsync(RepositoryRoot.Combine("samples", file));
        var result = await Linter.Value.AnalyzeAsync(ReportDocument.FromText(file, text));
        var actual = result.Diagnostics
            .Select(d => $"{d.Location.LineSpan.Start.Line + 1}\t{d.Id}\t{text.Substring(d.Location.Span.Start, Math.Min(d.Location.Span.Length, 12))}")
            .ToList();
        var expected = Expected().Where(e => e[0] == file).Select(e => $"{e[1]}\t{e[2]}\t{e[3]}").ToList();
        Assert.Equal(expected, actual);
    }

    [Fact]
    public void Every_expected_finding_names_an_existing_sample()
    {
        var files = Directory.GetFiles(RepositoryRoot.Combine("samples"), "*.txt").Select(Path.GetFileName).ToHashSet();
        Assert.All(Expected(), e => Assert.Contains(e[0], files));
    }

    private static IEnumerable<string[]> Expected() =>
        File.ReadLines(RepositoryRoot.Combine("samples", "expected.tsv"))
            .Where(line => line.Length > 0 && !line.StartsWith('#'))
            .Skip(1)
            .Select(line => line.Split('\t'));
}
