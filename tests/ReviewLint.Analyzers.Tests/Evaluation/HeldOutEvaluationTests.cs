using ReviewLint.Analyzers.Consistency;
using ReviewLint.Analyzers.Correspondence;
using ReviewLint.Analyzers.Repetition;
using ReviewLint.Analyzers.Structure;
using ReviewLint.Analyzers.Wording;
using ReviewLint.Diagnostics;
using ReviewLint.Tokenization;
using Xunit.Abstractions;

namespace ReviewLint.Analyzers.Tests.Evaluation;

/// <summary>Measures rules on the reports of every Evaluation/*/ folder (held-out batches and development sets) against their
/// expected.tsv, over the folders that annotate the rule.</summary>
public class HeldOutEvaluationTests(ITestOutputHelper output)
{
    private const double MinPrecision = 0.9;
    private const double MinRecall = 0.8;
    private const string RulesLinePrefix = "# rules:";

    /// <summary>The rules a folder annotates completely when its expected.tsv has no <c># rules:</c> line (the first five folders).</summary>
    private static readonly string[] DefaultAnnotatedRules = ["RL1001", "RL1002", "RL5001"];

    private sealed record Expected(string File, string Rule, string Anchor, string Detail);

    private sealed record Tally(int TruePositives, List<string> FalsePositives, List<string> FalseNegatives);

    [Theory]
    [InlineData("RL1001")]
    [InlineData("RL1002")]
    [InlineData("RL2001")]
    [InlineData("RL2002")]
    [InlineData("RL3001")]
    [InlineData("RL4001")]
    [InlineData("RL4002")]
    [InlineData("RL4003")]
    [InlineData("RL5001")]
    public async Task Rule_reaches_the_precision_and_recall_targets_on_held_out_reports(string ruleId)
    {
        var linter = new ReviewLinter(
            [
                new MissingSectionAnalyzer(), new SectionOrderAnalyzer(), new ConfusableWordAnalyzer(), new DeDiDeAnalyzer(), new RepeatedCharacterAnalyzer(),
                new ForeignUnitWordingAnalyzer(), new PersonInconsistencyAnalyzer(), new UnitNameInconsistencyAnalyzer(),
                new ProblemWithoutMeasureAnalyzer(),
            ],
            JiebaTokenizer.Shared, new ReviewLintOptions { MaxDegreeOfParallelism = 1 });
        var total = new Tally(0, [], []);
        int reports = 0;
        foreach (var folder in Directory.GetDirectories(RepositoryRoot.Combine("tests", "ReviewLint.Analyzers.Tests", "Evaluation")).Order(StringComparer.Ordinal))
        {
            string expectedPath = Path.Combine(folder, "expected.tsv");
            if (!File.Exists(expectedPath) || !AnnotatedRules(expectedPath).Contains(ruleId)) continue;
            var expected = ReadExpected(expectedPath).Where(e => e.Rule == ruleId).ToList();
            var tally = new Tally(0, [], []);
            var paths = Directory.GetFiles(folder, "*.txt").Order(StringComparer.Ordinal).ToList();
            foreach (var path in paths)
                tally = await MeasureAsync(linter, ruleId, path, expected.Where(e => e.File == Path.GetFileName(path)).ToList(), tally);
            reports += paths.Count;
            output.WriteLine($"{ruleId} {Path.GetFileName(folder)} ({paths.Count} reports): {Describe(tally)}");
            total = new Tally(total.TruePositives + tally.TruePositives, [.. total.FalsePositives, .. tally.FalsePositives], [.. total.FalseNegatives, .. tally.FalseNegatives]);
        }
        Assert.True(reports > 0 && total.TruePositives > 0, "no held-out reports or no expected findings were read");
        double precision = Ratio(total.TruePositives, total.TruePositives + total.FalsePositives.Count);
        double recall = Ratio(total.TruePositives, total.TruePositives + total.FalseNegatives.Count);
        string details = $"false alarms:\n{string.Join("\n", total.FalsePositives)}\nmissed:\n{string.Join("\n", total.FalseNegatives)}";
        output.WriteLine($"{ruleId} total on {reports} held-out reports: {Describe(total)}, precision {precision:F2}, recall {recall:F2}");
        output.WriteLine(details);
        Assert.True(precision >= MinPrecision && recall >= MinRecall, $"{ruleId}: precision {precision:F2}, recall {recall:F2}\n{details}");
    }

    private static async Task<Tally> MeasureAsync(ReviewLinter linter, string ruleId, string path, List<Expected> wanted, Tally tally)
    {
        var document = ReportDocument.FromText(path, await File.ReadAllTextAsync(path));
        var found = (await linter.AnalyzeAsync(document)).Diagnostics.Where(d => d.Id == ruleId).ToList();
        string file = Path.GetFileName(path);
        int truePositives = tally.TruePositives;
        foreach (var diagnostic in found)
        {
            string anchor = document.Text.ToString(diagnostic.Location.Span);
            var match = wanted.FirstOrDefault(e => LiesOnAnchor(diagnostic, document, e.Anchor) && ruleId switch
            {
                "RL1001" => NamesSection(diagnostic, document, e.Detail),
                "RL2002" => IsInNamedPhrase(diagnostic, document, e),
                _ => true,
            });
            if (match is null) tally.FalsePositives.Add($"{file}: “{anchor}” {diagnostic.Message}");
            else
            {
                truePositives++;
                wanted.Remove(match);
            }
        }
        tally.FalseNegatives.AddRange(wanted.Select(e => $"{e.File}: “{e.Anchor}” {e.Detail}"));
        return tally with { TruePositives = truePositives };
    }

    private static string Describe(Tally tally) => $"TP {tally.TruePositives}, FP {tally.FalsePositives.Count}, FN {tally.FalseNegatives.Count}";

    private static bool NamesSection(Diagnostic diagnostic, ReportDocument document, string roleKey) =>
        roleKey.Length == 0 || GenreTemplate.For(document.Facts.Genre)?.Find(roleKey) is { } role && diagnostic.Message.Contains($"“{role.Name}”");

    /// <summary>True when the finding lies on an occurrence of the anchor: the same text, or one of the two inside the other at
    /// that place (a rule may mark 们们 of a planted 我们们, or 苏木乡镇 around a planted 苏木).</summary>
    private static bool LiesOnAnchor(Diagnostic diagnostic, ReportDocument document, string anchor)
    {
        var span = diagnostic.Location.Span;
        string text = document.Text.ToString();
        for (int at = text.IndexOf(anchor, StringComparison.Ordinal); at >= 0; at = text.IndexOf(anchor, at + 1, StringComparison.Ordinal))
        {
            int end = at + anchor.Length;
            if (at <= span.Start && span.End <= end || span.Start <= at && end <= span.End) return true;
        }
        return false;
    }

    /// <summary>An RL2002 row names its single wrong character in a phrase (detail <c>认真的学习→地</c>): the finding must sit on that
    /// character of an occurrence of the phrase, since the character alone occurs all over the report. A phrase shortened with
    /// “…” (<c>及时的在公示栏…公开→地</c>) is matched by its part that holds the character.</summary>
    private static bool IsInNamedPhrase(Diagnostic diagnostic, ReportDocument document, Expected expected)
    {
        string phrase = expected.Detail.Split('→')[0].Split('…').FirstOrDefault(part => part.Contains(expected.Anchor, StringComparison.Ordinal)) ?? "";
        string text = document.Text.ToString();
        int position = diagnostic.Location.Span.Start;
        for (int index = phrase.IndexOf(expected.Anchor, StringComparison.Ordinal); index >= 0; index = phrase.IndexOf(expected.Anchor, index + 1, StringComparison.Ordinal))
            if (position - index >= 0 && string.CompareOrdinal(text, position - index, phrase, 0, phrase.Length) == 0) return true;
        return false;
    }

    private static double Ratio(int part, int whole) => whole == 0 ? 1 : (double)part / whole;

    private static IReadOnlyCollection<string> AnnotatedRules(string path) =>
        File.ReadLines(path).FirstOrDefault(line => line.StartsWith(RulesLinePrefix, StringComparison.Ordinal)) is { } line
            ? line[RulesLinePrefix.Length..].Split(' ', StringSplitOptions.RemoveEmptyEntries)
            : DefaultAnnotatedRules;

    private static IEnumerable<Expected> ReadExpected(string path) =>
        File.ReadLines(path)
            .Where(line => line.Length > 0 && !line.StartsWith('#'))
            .Skip(1)
            .Select(line => line.Split('\t'))
            .Select(cells => new Expected(cells[0], cells[1], cells[2], cells.Length > 3 ? cells[3] : ""));
}
