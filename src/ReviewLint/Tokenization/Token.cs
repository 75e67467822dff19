using ReviewLint.Text;

namespace ReviewLint.Tokenization;

/// <summary>One segment of the text with its exact UTF-16 span.</summary>
public readonly record struct Token(string Text, TextSpan Span, TokenKind Kind)
{
    public int Start => Span.Start;
    public int End => Span.End;
    public bool IsHan => Kind == TokenKind.Han;
    public bool IsSingleHan => Kind == TokenKind.Han && Text.Length == 1;
    public override string ToString() => $"{Text}{Span}";
}

/// <summary>What a token is made of.</summary>
public enum TokenKind
{
    Han,
    Latin,
    Number,
    Punctuation,
    Whitespace,
    Other,
}
