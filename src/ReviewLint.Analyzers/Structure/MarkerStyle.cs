using ReviewLint.Analysis;
using ReviewLint.Diagnostics;
using ReviewLint.Syntax;
using ReviewLint.Text;

namespace ReviewLint.Analyzers.Structure;

/// <summary>Heading and numbered item markers written against GB/T 9704-2012 §7.3.3 and GB/T 15834-2011 (一、 （一） 1. （1）), or mixed at one level.</summary>
internal static class MarkerStyle
{
    /// <summary>A marker's shape is the marker with its number replaced by N: <c>（N）、</c>, <c>N.</c>.</summary>
    private const char N = 'N';

    /// <summary>Checks heading markers level by level (all headings of one kind) and, with the same rules, each run of numbered items
    /// inside paragraphs (<c>：一，……；二，……</c>).</summary>
    public static void Check(DocumentAnalysisContext context, DiagnosticDescriptor rule, bool allowArabicDunhao,
        IEnumerable<IReadOnlyList<EnumeratedItem>> numberedItemRuns)
    {
        foreach (var level in context.Syntax.Headings.Where(h => h.MarkerKind != HeadingMarkerKind.Part).GroupBy(h => h.MarkerKind))
            CheckLevel(context, rule, allowArabicDunhao, level.Key, [.. level.Select(h => (h.Marker, new TextSpan(h.MarkerSpan.Start, h.Marker.Length)))]);
        foreach (var run in numberedItemRuns)
            CheckLevel(context, rule, allowArabicDunhao, HeadingKindOf(run[0].Kind), [.. run.Select(i => (i.Marker, i.MarkerSpan))]);
    }

    private static HeadingMarkerKind HeadingKindOf(ItemMarkerKind kind) => kind switch
    {
        ItemMarkerKind.ChineseNumeral => HeadingMarkerKind.ChineseNumeral,
        ItemMarkerKind.ArabicNumeral => HeadingMarkerKind.ArabicNumeral,
        ItemMarkerKind.ParenthesizedArabicNumeral => HeadingMarkerKind.ParenthesizedArabicNumeral,
        _ => HeadingMarkerKind.ParenthesizedChineseNumeral,
    };

    private static void CheckLevel(DocumentAnalysisContext context, DiagnosticDescriptor rule, bool allowArabicDunhao, HeadingMarkerKind kind,
        List<(string Marker, TextSpan Span)> markers)
    {
        var shapes = markers.GroupBy(m => Shape(m.Marker)).ToDictionary(g => g.Key, g => g.Count());
        bool mixed = shapes.Count > 1;
        string canonical = Canonical(kind, shapes);
        foreach (var (marker, span) in markers)
        {
            string shape = Shape(marker);
            if (shape == canonical) continue;
            bool standard = IsStandard(kind, shape, allowArabicDunhao);
            if (standard && !mixed) continue;
            string expected = canonical.Replace(N.ToString(), Numeral(marker), StringComparison.Ordinal);
            string reason = standard ? "同级序号写法不统一" : Reason(kind, marker, expected);
            if (!standard && mixed) reason += "，且本文同级序号写法不统一";
            var severity = standard || !mixed && IsTolerated(kind, shape) ? DiagnosticSeverity.Info : DiagnosticSeverity.Warning;
            var diagnostic = Diagnostic.Create(rule, Location.Create(context.Document, span), Fix.Replace(span, expected, isSafe: true),
                $"{reason}：“{marker}”应为“{expected}”。");
            context.ReportDiagnostic(diagnostic with { Severity = severity });
        }
    }

    private static string Shape(string marker)
    {
        var (start, length) = HeadingGroups.NumeralRange(marker);
        return string.Concat(marker.AsSpan(0, start), N.ToString(), marker.AsSpan(start + length));
    }

    private static string Numeral(string marker)
    {
        var (start, length) = HeadingGroups.NumeralRange(marker);
        return marker.Substring(start, length);
    }

    /// <summary>The shape a level should use: the standard one, or for 1. the standard variant most used in the document.</summary>
    private static string Canonical(HeadingMarkerKind kind, Dictionary<string, int> shapes) => kind switch
    {
        HeadingMarkerKind.ChineseNumeral => "N、",
        HeadingMarkerKind.ArabicNumeral => shapes.GetValueOrDefault("N．") > shapes.GetValueOrDefault("N.") ? "N．" : "N.",
        _ => "（N）",
    };

    private static bool IsStandard(HeadingMarkerKind kind, string shape, bool allowArabicDunhao) => kind switch
    {
        HeadingMarkerKind.ChineseNumeral => shape == "N、",
        HeadingMarkerKind.ArabicNumeral => shape is "N." or "N．" || allowArabicDunhao && shape == "N、",
        _ => shape == "（N）",
    };

    /// <summary>Common and harmless when used throughout: <c>1、</c> and half-width <c>(1)</c>; reported as info unless mixed.</summary>
    private static bool IsTolerated(HeadingMarkerKind kind, string shape) =>
        kind == HeadingMarkerKind.ArabicNumeral && shape == "N、" || kind == HeadingMarkerKind.ParenthesizedArabicNumeral && shape == "(N)";

    private static string Reason(HeadingMarkerKind kind, string marker, string expected)
    {
        if (kind == HeadingMarkerKind.ChineseNumeral) return "汉字数字序号后应用顿号";
        if (kind == HeadingMarkerKind.ArabicNumeral) return "阿拉伯数字序号后应用下脚点“.”，不用顿号";
        bool halfWidth = marker.Contains('(') || marker.Contains(')');
        bool trailing = marker.Length > 0 && marker[^1] is not (')' or '）');
        return halfWidth && trailing ? "序号应使用全角括号，括号后不再加标点"
            : halfWidth ? "序号应使用全角括号"
            : trailing ? "带括号的序号后不再加标点"
            : $"序号应写作“{expected}”";
    }
}
