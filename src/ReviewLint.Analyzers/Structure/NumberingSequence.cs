using ReviewLint.Analysis;
using ReviewLint.Diagnostics;
using ReviewLint.Text;

namespace ReviewLint.Analyzers.Structure;

/// <summary>One numbering marker in a run of siblings: a heading marker (<c>（二）</c>) or an item marker (<c>二是</c>).</summary>
internal readonly record struct NumberedMarker(int Ordinal, TextSpan Span, string Marker);

/// <summary>Checks that a run of sibling markers counts 1, 2, 3 … and reports each break once, at the marker where it happens.</summary>
internal static class NumberingSequence
{
    /// <summary>Reports skipped, repeated, mistyped and backward markers; returns true when the run was in order.</summary>
    /// <param name="expectedFirst">The number the run should start at (1, or one past where the previous section stopped).</param>
    public static bool Check(DocumentAnalysisContext context, DiagnosticDescriptor rule, IReadOnlyList<NumberedMarker> run, int expectedFirst = 1)
    {
        bool clean = true;
        int previous = expectedFirst - 1;
        for (int k = 0; k < run.Count; k++)
        {
            var marker = run[k];
            int expected = previous + 1;
            if (marker.Ordinal == expected)
            {
                previous = marker.Ordinal;
                continue;
            }
            clean = false;
            string expectedText = Format(marker, expected);
            int? next = k + 1 < run.Count ? run[k + 1].Ordinal : null;
            if (k > 0 && next == expected + 1)
            {
                // The markers around it agree: this one is a slip of the pen.
                var (start, length) = HeadingGroups.NumeralRange(marker.Marker);
                var numeral = new TextSpan(marker.Span.Start + start, length);
                context.Report(rule, marker.Span, Fix.Replace(numeral, HeadingGroups.Numeral(marker.Marker, expected), isSafe: false),
                    $"序号“{marker.Marker}”有误：前一个是“{Format(marker, previous)}”，后一个是“{Format(marker, expected + 1)}”，此处应为“{expectedText}”。");
                previous = expected;
                continue;
            }
            string message = k == 0
                ? $"同级序号从“{marker.Marker}”开始，缺少“{expectedText}”{Through(marker, expected, marker.Ordinal - 1)}。"
                : marker.Ordinal == previous
                    ? $"序号“{marker.Marker}”与前一个重复，此处应为“{expectedText}”。"
                    : marker.Ordinal > expected
                        ? $"序号从“{Format(marker, previous)}”跳到“{marker.Marker}”，缺少“{expectedText}”{Through(marker, expected, marker.Ordinal - 1)}。"
                        : $"序号“{marker.Marker}”排在“{Format(marker, previous)}”之后，顺序颠倒，此处应为“{expectedText}”。";
            context.Report(rule, marker.Span, null, message);
            previous = marker.Ordinal;
        }
        return clean;
    }

    public static string Format(NumberedMarker marker, int ordinal) => HeadingGroups.WithOrdinal(marker.Marker, ordinal);

    private static string Through(NumberedMarker marker, int from, int to) => to > from ? $"至“{Format(marker, to)}”" : "";
}
