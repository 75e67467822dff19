namespace ReviewLint.Syntax;

/// <summary>How an in-paragraph item is introduced.</summary>
public enum ItemMarkerKind
{
    /// <summary><c>一是</c>, <c>二是</c> ….</summary>
    Shi,
    /// <summary><c>第一，</c>, <c>第二，</c> ….</summary>
    Di,
    /// <summary><c>首先</c>, <c>其次</c>, <c>再次</c>, <c>最后</c>.</summary>
    SequenceWord,
    /// <summary><c>一、</c> or <c>一，</c> inside a paragraph, after a colon or the end of a clause.</summary>
    ChineseNumeral,
    /// <summary><c>（一）</c> inside a paragraph.</summary>
    ParenthesizedChineseNumeral,
    /// <summary><c>1.</c> or <c>1，</c> inside a paragraph, after a colon or the end of a clause.</summary>
    ArabicNumeral,
    /// <summary><c>（1）</c> inside a paragraph.</summary>
    ParenthesizedArabicNumeral,
}
