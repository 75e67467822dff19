namespace ReviewLint.Text;

/// <summary>Replaces the text of <see cref="Span"/> with <see cref="NewText"/>: the unit of every fix.</summary>
public readonly record struct TextChange(TextSpan Span, string NewText);
