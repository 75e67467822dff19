using ReviewLint.Text;

namespace ReviewLint.Syntax;

/// <summary>One non-blank line of the report, without its indentation and line break.</summary>
public sealed record Paragraph(int Index, TextSpan Span, ParagraphKind Kind, Heading? Heading)
{
    public bool IsHeading => Heading is not null;
}

/// <summary>What a paragraph is in the report's layout.</summary>
public enum ParagraphKind
{
    Title,
    Header,
    Heading,
    Body,
}
