using System.Text.RegularExpressions;
using ReviewLint.Text;

namespace ReviewLint.Analyzers.Punctuation;

/// <summary>Character classes and spans the punctuation rules share: Han characters, CJK punctuation, URLs, inline comments, list markers.</summary>
internal static partial class PunctuationText
{
    /// <summary>A Han character (BMP blocks; surrogates count as Han, as they are almost always CJK extensions in these texts).</summary>
    public static bool IsHan(char c) =>
        c is >= '\u4E00' and <= '\u9FFF' or >= '\u3400' and <= '\u4DBF' or >= '\uF900' and <= '\uFAFF' || char.IsSurrogate(c)
        || c is '〇';

    /// <summary>Full-width punctuation of Chinese text: CJK symbols, full-width forms, curly quotes, ellipsis and dash.</summary>
    public static bool IsChinesePunctuation(char c) =>
        c is >= '\u3001' and <= '\u303F' or >= '\uFF01' and <= '\uFF0F' or >= '\uFF1A' and <= '\uFF20' or >= '\uFF3B' and <= '\uFF40'
            or >= '\uFF5B' and <= '\uFF65' or '“' or '”' or '‘' or '’' or '…' or '—' or '·';

    public static bool IsChinese(char c) => IsHan(c) || IsChinesePunctuation(c);

    public static bool IsSpace(char c) => c is ' ' or '\t' or '\u00A0';

    /// <summary>Spans of a paragraph that no punctuation rule looks into: URLs, e-mail addresses and inline <c>&lt;!-- … --&gt;</c> comments.</summary>
    public static List<TextSpan> OpaqueSpans(string paragraph)
    {
        var spans = new List<TextSpan>();
        foreach (var match in OpaquePattern().EnumerateMatches(paragraph))
        {
            var value = paragraph.AsSpan(match.Index, match.Length);
            int length = match.Length;
            if (!value.StartsWith("<!--", StringComparison.Ordinal))
                while (length > 1 && value[length - 1] is '.' or ',' or ';' or ':' or '!' or '?' or ')' or '\'' or '"') length--;
            spans.Add(new TextSpan(match.Index, length));
        }
        return spans;
    }

    public static bool IsInside(List<TextSpan> spans, int position)
    {
        foreach (var span in spans)
            if (span.Contains(position)) return true;
        return false;
    }

    /// <summary>True when the closing bracket at <paramref name="index"/> ends a list marker such as <c>1)</c> or <c>a）</c> that starts the paragraph or a clause.</summary>
    public static bool ClosesListMarker(string paragraph, int index)
    {
        int start = index;
        while (start > 0 && index - start < 3 && IsMarkerChar(paragraph[start - 1])) start--;
        if (start == index) return false;
        return start == 0 || paragraph[start - 1] is '：' or '；' or '。' or '，' or ':' or ';' or ',' or ' ' or '\t' or '\u3000';
    }

    private static bool IsMarkerChar(char c) => char.IsAsciiLetterOrDigit(c) || c is >= '①' and <= '⑳' || "一二三四五六七八九十".Contains(c);

    [GeneratedRegex(@"<!--.*?-->|(?:https?|ftp)://[!-~]+|www\.[!-~]+|[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}", RegexOptions.CultureInvariant)]
    private static partial Regex OpaquePattern();
}
