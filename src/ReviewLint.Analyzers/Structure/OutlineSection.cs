using ReviewLint.Syntax;
using ReviewLint.Text;

namespace ReviewLint.Analyzers.Structure;

/// <summary>A section of a report identified by its role: its heading, the paragraphs it spans and, when numbered, its syntax section.</summary>
/// <param name="HeadingParagraph">Index of the paragraph holding the heading.</param>
/// <param name="HeadingSpan">The heading itself, marker included (<c>三、存在的主要问题</c>), without any run-in body text.</param>
/// <param name="Title">The heading's words without marker and decoration.</param>
/// <param name="LastParagraph">Index of the section's last paragraph.</param>
/// <param name="Span">From the heading to the end of the section's last paragraph.</param>
/// <param name="Section">The parsed section when the heading is numbered; null for an un-numbered heading line.</param>
public sealed record OutlineSection(
    SectionRole Role,
    int HeadingParagraph,
    TextSpan HeadingSpan,
    string Title,
    int LastParagraph,
    TextSpan Span,
    Section? Section)
{
    /// <summary>The section's content after its heading.</summary>
    public TextSpan BodySpan => TextSpan.FromBounds(HeadingSpan.End, Span.End);
}
