namespace ReviewLint.Syntax;

/// <summary>The numbering styles of report headings, in their conventional nesting order.</summary>
public enum HeadingMarkerKind
{
    /// <summary><c>第一部分</c>, <c>第一章</c>.</summary>
    Part,
    /// <summary><c>一、</c> (also the non-standard <c>一．</c>, <c>一.</c> and, in a sequence, <c>一，</c> <c>一：</c>).</summary>
    ChineseNumeral,
    /// <summary><c>（一）</c> (also half-width <c>(一)</c> and the non-standard <c>（一）、</c>, <c>（一）：</c>).</summary>
    ParenthesizedChineseNumeral,
    /// <summary><c>1.</c> (also the non-standard <c>1、</c> and, in a sequence, <c>1，</c> <c>1：</c>).</summary>
    ArabicNumeral,
    /// <summary><c>（1）</c>.</summary>
    ParenthesizedArabicNumeral,
}
