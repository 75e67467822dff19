using System.Globalization;
using ReviewLint.Analyzers.Correspondence;
using ReviewLint.Corpus;
using ReviewLint.Tokenization;

namespace ReviewLint.Evaluation;

/// <summary>RL5001 on generated reports, some of whose measures were removed on purpose: removed measures found, and findings elsewhere.</summary>
public sealed class MissingMeasureMeasurement : IMeasurement
{
    public string Name => "missing-measures";

    public string Usage => "[reports=1000] [--show]   RL5001 on generated reports whose generator removed some measures: "
        + "problem areas left without a measure found/planted, and other findings (which may be right: generated measures are generic)";

    public async Task<int> RunAsync(IReadOnlyList<string> arguments)
    {
        var rest = arguments.ToList();
        bool show = rest.Remove("--show");
        int count = rest.Count > 0 ? int.Parse(rest[0], CultureInfo.InvariantCulture) : 1000;
        var linter = new ReviewLinter([new ProblemWithoutMeasureAnalyzer()], JiebaTokenizer.Shared, new ReviewLintOptions());
        var planted = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        var documents = ReportCorpus.Generate(count).Select(report =>
        {
            planted[report.Path] = [.. report.Defects.Where(d => d.Kind == DefectKind.ProblemWithoutMeasure).Select(d => d.Text)];
            return ReportDocument.FromText(report.Path, report.Text);
        });
        int found = 0, other = 0, total = 0;
        await foreach (var result in linter.AnalyzeStreamAsync(documents))
        {
            var wanted = planted[result.Path];
            total += wanted.Count;
            foreach (var diagnostic in result.Diagnostics)
            {
                string anchor = result.Document.Text.ToString(diagnostic.Location.Span);
                int match = wanted.FindIndex(text => text.Contains(anchor, StringComparison.Ordinal) || anchor.Contains(text.TrimEnd('。'), StringComparison.Ordinal));
                if (match >= 0)
                {
                    found++;
                    wanted.RemoveAt(match);
                    continue;
                }
                other++;
                if (show) Console.WriteLine($"other\t{result.Path}\t{diagnostic.Message}");
            }
            if (show)
                foreach (string text in wanted) Console.WriteLine($"missed\t{result.Path}\t{text}");
        }
        Console.WriteLine($"{count} reports: {found} of {total} removed measures found, {other} other findings");
        return 0;
    }
}
