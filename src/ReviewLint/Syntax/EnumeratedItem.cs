using ReviewLint.Text;

namespace ReviewLint.Syntax;

/// <summary>An in-paragraph item introduced by <c>一是</c>, <c>第一，</c>, <c>首先</c>, <c>（一）</c> …; its span runs to the next item of
/// its own list (or of a list it is nested in) or the paragraph's end, so a nested list lies inside the item that holds it.</summary>
/// <param name="Ordinal">The number the marker stands for (一是 = 1, 其次 = 2); <see cref="LastOrdinal"/> for <c>最后</c>, which names no number.</param>
public sealed record EnumeratedItem(TextSpan Span, TextSpan MarkerSpan, string Marker, int Ordinal, int ParagraphIndex,
    ItemMarkerKind Kind = ItemMarkerKind.Shi)
{
    /// <summary>The ordinal of <c>最后</c>.</summary>
    public const int LastOrdinal = 0;
}
