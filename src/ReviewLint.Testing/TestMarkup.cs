using System.Text;
using ReviewLint.Text;

namespace ReviewLint.Testing;

/// <summary>An expected diagnostic read from markup: the rule id (null for <c>[|…|]</c>) and its span in the plain text.</summary>
public readonly record struct ExpectedSpan(string? Id, TextSpan Span);

/// <summary>Parses test markup: <c>[|…|]</c> marks a span the analyzer's rule must report, <c>{|RL3001:…|}</c> names the rule.</summary>
public static class TestMarkup
{
    public static (string Text, IReadOnlyList<ExpectedSpan> Spans) Parse(string markup)
    {
        var text = new StringBuilder(markup.Length);
        var spans = new List<ExpectedSpan>();
        var open = new Stack<(string? Id, int Start, char Kind)>();
        for (int i = 0; i < markup.Length; i++)
        {
            if (At(markup, i, "[|"))
            {
                open.Push((null, text.Length, '['));
                i++;
            }
            else if (markup[i] == '{' && i + 1 < markup.Length && markup[i + 1] == '|' && markup.IndexOf(':', i) is var colon and > 0
                     && colon - i - 2 is > 0 and <= 40 && IsIdentifier(markup.AsSpan(i + 2, colon - i - 2)))
            {
                open.Push((markup[(i + 2)..colon], text.Length, '{'));
                i = colon;
            }
            else if (At(markup, i, "|]") || At(markup, i, "|}"))
            {
                char expected = markup[i + 1] == ']' ? '[' : '{';
                if (open.Count == 0 || open.Peek().Kind != expected)
                    throw new FormatException($"标记在第 {i} 个字符处未配对：{markup[i..Math.Min(markup.Length, i + 2)]}");
                var (id, start, _) = open.Pop();
                spans.Add(new ExpectedSpan(id, TextSpan.FromBounds(start, text.Length)));
                i++;
            }
            else
            {
                text.Append(markup[i]);
            }
        }
        if (open.Count > 0) throw new FormatException($"标记未闭合：从纯文本第 {open.Peek().Start} 个字符开始。");
        return (text.ToString(), spans.OrderBy(s => s.Span.Start).ThenBy(s => s.Span.End).ToList());
    }

    private static bool At(string text, int index, string token) => string.CompareOrdinal(text, index, token, 0, token.Length) == 0;

    private static bool IsIdentifier(ReadOnlySpan<char> id)
    {
        foreach (char c in id)
            if (!char.IsAsciiLetterOrDigit(c) && c != '-' && c != '#') return false;
        return true;
    }
}
