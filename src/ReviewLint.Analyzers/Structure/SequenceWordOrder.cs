using ReviewLint.Analysis;
using ReviewLint.Diagnostics;
using ReviewLint.Syntax;

namespace ReviewLint.Analyzers.Structure;

/// <summary>Checks a 首先 … 最后 run: 其次 before 再次, each once, 再次 only after 其次, and nothing after 最后.</summary>
internal static class SequenceWordOrder
{
    private const string Second = "其次";
    private const string Third = "再次";

    /// <summary>Reports each word out of place once, at the word; returns true when the run was in order.</summary>
    public static bool Check(DocumentAnalysisContext context, DiagnosticDescriptor rule, IReadOnlyList<EnumeratedItem> run)
    {
        bool clean = true;
        bool sawLast = false;
        var seen = new HashSet<string>(StringComparer.Ordinal) { run[0].Marker };
        int highest = run[0].Ordinal;
        foreach (var item in run.Skip(1))
        {
            bool isLast = item.Ordinal == EnumeratedItem.LastOrdinal;
            Fix? fix = null;
            string? message = null;
            if (sawLast)
                message = isLast ? "“最后”与前面重复，一组列举只能有一个“最后”。" : $"“{item.Marker}”排在“最后”之后，顺序颠倒；“最后”应是末项。";
            else if (!isLast && item.Ordinal < highest)
                message = $"“{item.Marker}”排在“{Third}”之后，顺序颠倒。";
            else if (item.Marker == Second && seen.Contains(Second))
            {
                message = $"“{Second}”与前面重复，此处应为“{Third}”。";
                fix = Fix.Replace(item.MarkerSpan, Third, isSafe: false);
            }
            else if (item.Marker == Third && seen.Contains(Third))
                message = $"“{Third}”与前面重复；列举较多时宜改用“第一”“第二”……编号。";
            else if (item.Marker == Third && !seen.Contains(Second))
            {
                message = $"“首先”之后缺少“{Second}”，此处“{Third}”应为“{Second}”。";
                fix = Fix.Replace(item.MarkerSpan, Second, isSafe: false);
            }
            if (message is not null)
            {
                clean = false;
                context.Report(rule, item.MarkerSpan, fix, message);
            }
            seen.Add(item.Marker);
            sawLast |= isLast;
            if (!isLast) highest = Math.Max(highest, item.Ordinal);
        }
        return clean;
    }
}
