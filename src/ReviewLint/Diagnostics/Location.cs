using ReviewLint.Text;

namespace ReviewLint.Diagnostics;

/// <summary>Where a diagnostic is: the document path, the UTF-16 span and the derived 0-based line span.</summary>
public sealed record Location(string Path, TextSpan Span, LinePositionSpan LineSpan)
{
    public static Location Create(ReportDocument document, TextSpan span) =>
        new(document.Path, span, document.Text.GetLinePositionSpan(span));
}
