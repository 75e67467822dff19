using ReviewLint.Text;

namespace ReviewLint.Syntax;

/// <summary>A sentence (or clause ended by ；) inside one paragraph; quotes and brackets are never split.</summary>
public sealed record Sentence(int Index, TextSpan Span, int ParagraphIndex);
