using ReviewLint.Text;

namespace ReviewLint.Syntax;

/// <summary>A numbered heading: marker (<c>一、</c>, <c>（一）</c>, <c>1.</c>, <c>（1）</c>, <c>第一部分</c>), level, ordinal and title.</summary>
/// <param name="Span">The heading's whole paragraph.</param>
/// <param name="MarkerSpan">The numbering marker, e.g. <c>（一）</c>.</param>
/// <param name="TitleSpan">The heading text after the marker; for a run-in heading, up to its first 。 or ：.</param>
/// <param name="Level">1-based nesting level among the marker kinds the document uses.</param>
/// <param name="Ordinal">The number the marker stands for (一 = 1).</param>
/// <param name="IsRunIn">True when body text follows the heading in the same paragraph.</param>
public sealed record Heading(
    TextSpan Span,
    TextSpan MarkerSpan,
    TextSpan TitleSpan,
    string Marker,
    HeadingMarkerKind MarkerKind,
    int Level,
    int Ordinal,
    string Title,
    bool IsRunIn);
