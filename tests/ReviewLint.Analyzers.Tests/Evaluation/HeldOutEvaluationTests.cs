using ReviewLint.Analyzers.Correspondence;
using ReviewLint.Analyzers.Structure;
using ReviewLint.Diagnostics;
using ReviewLint.Tokenization;
using Xunit.Abstractions;

namespace ReviewLint.Analyzers.Tests.Evaluation;

/// <summary>Measures RL1001, RL1002 and RL5001 on the reports of every Evaluation/*/ folder (held-out batches and development sets)
/// against their expected.tsv.</summary>
public class HeldOutEvaluationTests(ITestOutputHelper output)
{
    private const double MinPrecision = 0.9;
    private const double MinRecall = 0.8;

    private sealed record Expected(string File, string Rule, string Anchor, string Detail);

    [Theory]
    [InlineData("RL1001")]
    [InlineData("RL1002")]
    [InlineData("RL5001")]
    public async Task Rule_reaches_the_precision_and_recall_targets_on_held_out_reports(string ruleId)
    {
        var (truePositives, falsePositives, falseNegatives) = (0, new List<string>(), new List<string>());
        var linter = new ReviewLinter(
            [new MissingSectionAnalyzer(), new SectionOrderAnalyzer(), new ProblemWithoutMeasureAnalyzer()], JiebaTokenizer.Shared,
            new ReviewLintOptions { MaxDegreeOfParallelism = 1 });
        int reports = 0;
        foreach (var folder in Directory.GetDirectories(RepositoryRoot.Combine("tests", "ReviewLint.Analyzers.Tests", "Evaluation")))
        {
            if (!File.Exists(Path.Combine(folder, "expected.tsv"))) continue;
            var expected = ReadExpected(Path.Combine(folder, "expected.tsv")).Where(e => e.Rule == ruleId).ToList();
            foreach (var path in Directory.GetFiles(folder, "*.txt").Order(StringComparer.Ordinal))
            {
                reports++;
                var document = ReportDocument.FromText(path, await File.ReadAllTextAsync(path));
                var found = (await linter.AnalyzeAsync(document)).Diagnostics.Where(d => d.Id == ruleId).ToList();
                var wanted = expected.Where(e => e.File == Path.GetFileName(path)).ToList();
                foreach (var diagnostic in found)
                {
                    string anchor = document.Text.ToString(diagnostic.Location.Span);
                    var match = wanted.FirstOrDefault(e => e.Anchor == anchor && NamesSection(diagnostic, document, e.Detail));
                    if (match is null) falsePositives.Add($"{Path.GetFileName(path)}: {diagnostic.Message}");
                    else
                    {
                        truePositives++;
                        wanted.Remove(match);
                    }
                }
                falseNegatives.AddRange(wanted.Select(e => $"{e.File}: {e.Anchor} {e.Detail}"));
            }
        }
        Assert.True(reports > 0 && truePositives > 0, "no held-out reports or no expected findings were read");
        double precision = Ratio(truePositives, truePositives + falsePositives.Count);
        double recall = Ratio(truePositives, truePositives + falseNegatives.Count);
        output.WriteLine($"{ruleId} on {reports} reports: TP {truePositives}, FP {falsePositives.Count}, FN {falseNegatives.Count}, precision {precision:F2}, recall {recall:F2}");
        output.WriteLine($"false alarms:\n{string.Join("\n", falsePositives)}\nmissed:\n{string.Join("\n", falseNegatives)}");
        Assert.True(precision >= MinPrecision && recall >= MinRecall,
            $"{ruleId}: precision {precision:F2}, recall {recall:F2}\nfalse alarms:\n{string.Join("\n", falsePositives)}\nmissed:\n{string.Join("\n", falseNegatives)}");
    }

    private static bool NamesSection(Diagnostic diagnostic, ReportDocument document, string roleKey) =>
        roleKey.Length == 0 || GenreTemplate.For(document.Facts.Genre)?.Find(roleKey) is { } role && diagnostic.Message.Contains($"“{role.Name}”");

    private static double Ratio(int part, int whole) => whole == 0 ? 1 : (double)part / whole;

    private static IEnumerable<Expected> ReadExpected(string path) =>
        File.ReadLines(path)
            .Where(line => line.Length > 0 && !line.StartsWith('#'))
            .Skip(1)
            .Select(line => line.Split('\t'))
            .Select(cells => new Expected(cells[0], cells[1], cells[2], cells.Length > 3 ? cells[3] : ""));
}
