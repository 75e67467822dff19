using System.Collections.Immutable;
using ReviewLint.Syntax;

namespace ReviewLint.Analyzers.Structure;

/// <summary>Sibling headings: the sections directly under one parent (or at the top) that share a marker kind, in text order.</summary>
internal static class HeadingGroups
{
    /// <summary>Each group with the section it sits under (null at the top of the document).</summary>
    public static IEnumerable<(Section? Parent, IReadOnlyList<Section> Siblings)> All(ReportSyntax syntax)
    {
        foreach (var group in ByKind(syntax.Sections)) yield return (null, group);
        foreach (var parent in syntax.AllSections)
            foreach (var group in ByKind(parent.Children))
                yield return (parent, group);
    }

    private static IEnumerable<IReadOnlyList<Section>> ByKind(ImmutableArray<Section> sections) =>
        sections.IsEmpty ? [] : sections.GroupBy(s => s.Heading.MarkerKind).Select(g => (IReadOnlyList<Section>)g.ToList());

    /// <summary>The part of a marker that is the number: <c>（十二）</c> → <c>十二</c>, <c>3.</c> → <c>3</c>, <c>二是</c> → <c>二</c>.</summary>
    public static (int Start, int Length) NumeralRange(string marker)
    {
        int start = 0;
        while (start < marker.Length && !IsNumeral(marker[start])) start++;
        if (marker.StartsWith('第')) start = 1;
        int end = start;
        while (end < marker.Length && IsNumeral(marker[end])) end++;
        return (start, end - start);
    }

    /// <summary>The same marker with another number, written in the marker's own script: <c>（二）</c>, 3 → <c>（三）</c>.</summary>
    public static string WithOrdinal(string marker, int ordinal)
    {
        var (start, length) = NumeralRange(marker);
        return length == 0 ? marker : string.Concat(marker.AsSpan(0, start), Numeral(marker, ordinal), marker.AsSpan(start + length));
    }

    /// <summary>A number written the way the marker writes its number (Arabic digits or Chinese numerals).</summary>
    public static string Numeral(string marker, int ordinal)
    {
        var (start, length) = NumeralRange(marker);
        return length > 0 && char.IsAsciiDigit(marker[start])
            ? ordinal.ToString(System.Globalization.CultureInfo.InvariantCulture)
            : ChineseNumerals.Format(ordinal);
    }

    private static bool IsNumeral(char c) => char.IsAsciiDigit(c) || ChineseNumerals.IsNumeralChar(c);
}
