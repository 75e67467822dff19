using System.Text;
using ReviewLint.Text;

namespace ReviewLint.Evaluation;

/// <summary>A generated report with marked spans: <see cref="Planted"/> must be reported, <see cref="LookAlikes"/> must not.</summary>
/// <param name="Index">Position in the generated set: even positions tune, odd positions are held out.</param>
/// <param name="Group">What the report is (its unit kind), the row its numbers are counted in.</param>
/// <param name="OwnName">The unit name the title gives, to count reports whose facts did not see it.</param>
public sealed record PlantedReport(int Index, string Group, string Text, string OwnName,
    IReadOnlyList<(TextSpan Span, string Label)> Planted, IReadOnlyList<(TextSpan Span, string Label)> LookAlikes)
{
    /// <summary>Builds the text piece by piece, recording the spans of planted and look-alike pieces.</summary>
    public sealed class Builder(int index, string group, string ownName)
    {
        private readonly StringBuilder _text = new();
        private readonly List<(TextSpan, string)> _planted = [];
        private readonly List<(TextSpan, string)> _lookAlikes = [];

        public Builder Add(string text)
        {
            _text.Append(text);
            return this;
        }

        /// <summary>Appends a sentence whose <c>{*}</c> placeholder is replaced by <paramref name="marked"/>, marked as planted or look-alike.</summary>
        public Builder AddMarked(string frame, string marked, bool planted, string label)
        {
            int at = frame.IndexOf("{*}", StringComparison.Ordinal);
            if (at < 0) throw new ArgumentException($"frame without {{*}}: {frame}", nameof(frame));
            _text.Append(frame.AsSpan(0, at));
            var span = new TextSpan(_text.Length, marked.Length);
            _text.Append(marked).Append(frame.AsSpan(at + 3));
            (planted ? _planted : _lookAlikes).Add((span, label));
            return this;
        }

        public PlantedReport Build() => new(index, group, _text.ToString(), ownName, _planted, _lookAlikes);
    }
}

/// <summary>Runs one rule over generated reports and prints recall on planted spans and false alarms on look-alikes, per group and half.</summary>
public static class PlantedReportScore
{
    /// <summary>Prints the table: per half and group, facts that missed the own unit, recall on planted spans, false alarms (on look-alikes or elsewhere).</summary>
    public static async Task PrintAsync(string ruleId, IReadOnlyList<PlantedReport> reports, bool showMisses, bool showFalse)
    {
        var linter = new SentenceLinter(SentenceLinter.BuiltIn(ruleId));
        var results = await linter.AnalyzeAsync(reports.Select(r => r.Text));
        Console.WriteLine($"{ruleId} on {reports.Count} generated reports; a hit is a finding overlapping the planted span; every finding elsewhere is a false alarm");
        Console.WriteLine("half\tgroup\treports\tfacts missed\tplanted\tfound\trecall\tlook-alikes\tfalse alarms");
        foreach (var (halfName, parity) in new[] { ("tune (even)", 0), ("held-out (odd)", 1) })
        {
            var totals = new int[6];
            foreach (var group in reports.Select((r, i) => (Report: r, Result: results[i])).Where(x => x.Report.Index % 2 == parity).GroupBy(x => x.Report.Group))
            {
                var counts = new int[6];
                foreach (var (report, result) in group)
                {
                    var diagnostics = result.Diagnostics.Where(d => d.Id == ruleId).ToList();
                    counts[0]++;
                    if (result.Document.Facts.UnitName is not { } name || !report.OwnName.EndsWith(name, StringComparison.Ordinal) && !name.EndsWith(report.OwnName, StringComparison.Ordinal)) counts[1]++;
                    foreach (var (span, label) in report.Planted)
                    {
                        counts[2]++;
                        if (diagnostics.Any(d => d.Location.Span.OverlapsWith(span))) counts[3]++;
                        else if (showMisses) Console.WriteLine($"MISS\t{report.Group}\t{label}\t{report.Text.Substring(span.Start, span.Length)}\t{Line(report.Text, span)}\t(own {report.OwnName}, facts {result.Document.Facts.UnitName})");
                    }
                    foreach (var (span, label) in report.LookAlikes)
                    {
                        counts[4]++;
                        var flagged = diagnostics.FirstOrDefault(d => d.Location.Span.OverlapsWith(span));
                        if (flagged is null) continue;
                        counts[5]++;
                        if (showFalse) Console.WriteLine($"FALSE\t{report.Group}\t{label}\t{report.Text.Substring(flagged.Location.Span.Start, flagged.Location.Span.Length)}\t{Line(report.Text, span)}");
                    }
                    foreach (var d in diagnostics.Where(d => !report.Planted.Any(p => d.Location.Span.OverlapsWith(p.Span)) && !report.LookAlikes.Any(l => d.Location.Span.OverlapsWith(l.Span))))
                    {
                        counts[5]++;
                        if (showFalse) Console.WriteLine($"FALSE\t{report.Group}\tother\t{report.Text.Substring(d.Location.Span.Start, d.Location.Span.Length)}\t{Line(report.Text, d.Location.Span)}");
                    }
                }
                for (int k = 0; k < counts.Length; k++) totals[k] += counts[k];
                Console.WriteLine(Row(halfName, group.Key, counts));
            }
            Console.WriteLine(Row(halfName, "all", totals));
        }
    }

    private static string Row(string half, string group, int[] c) =>
        $"{half}\t{group}\t{c[0]}\t{c[1]}\t{c[2]}\t{c[3]}\t{(c[2] == 0 ? "-" : $"{(double)c[3] / c[2]:F3}")}\t{c[4]}\t{c[5]}";

    private static string Line(string text, TextSpan span)
    {
        int start = text.LastIndexOf('\n', Math.Max(0, span.Start - 1)) + 1;
        int end = text.IndexOf('\n', span.End);
        return text[start..(end < 0 ? text.Length : end)];
    }
}
