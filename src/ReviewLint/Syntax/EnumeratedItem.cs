using ReviewLint.Text;

namespace ReviewLint.Syntax;

/// <summary>An in-paragraph item introduced by <c>一是</c>, <c>二是</c> …; its span runs to the next item or the paragraph's end.</summary>
public sealed record EnumeratedItem(TextSpan Span, TextSpan MarkerSpan, string Marker, int Ordinal, int ParagraphIndex);
