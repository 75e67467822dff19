using ReviewLint.Text;
using ReviewLint.Tokenization;

namespace ReviewLint.Analyzers.Consistency;

/// <summary>Finds phrases that start and end on jieba token boundaries, so 全州 never matches inside 全州县 nor 街道 inside 各街道办.</summary>
internal static class TokenBoundaries
{
    /// <summary>The spans where <paramref name="phrase"/> occurs as whole tokens.</summary>
    public static IEnumerable<TextSpan> Find(string content, TokenList tokens, string phrase)
    {
        for (int i = content.IndexOf(phrase, StringComparison.Ordinal); i >= 0; i = content.IndexOf(phrase, i + 1, StringComparison.Ordinal))
            if (IsStart(tokens, i) && IsEnd(tokens, i + phrase.Length)) yield return new TextSpan(i, phrase.Length);
    }

    public static bool IsStart(TokenList tokens, int position)
    {
        int index = tokens.IndexAt(position);
        return index < tokens.Count && tokens[index].Start == position;
    }

    public static bool IsEnd(TokenList tokens, int position)
    {
        if (position <= 0) return false;
        int index = tokens.IndexAt(position - 1);
        return index < tokens.Count && tokens[index].End == position;
    }

    /// <summary>The token just before <paramref name="position"/> that is not whitespace, or null.</summary>
    public static Token? Before(TokenList tokens, int position)
    {
        for (int index = tokens.IndexAt(position) - 1; index >= 0; index--)
            if (tokens[index].End <= position && tokens[index].Kind != TokenKind.Whitespace) return tokens[index];
        return null;
    }

    /// <summary>The token starting at or after <paramref name="position"/> that is not whitespace, or null.</summary>
    public static Token? After(TokenList tokens, int position)
    {
        for (int index = tokens.IndexAt(position); index < tokens.Count; index++)
            if (tokens[index].Start >= position && tokens[index].Kind != TokenKind.Whitespace) return tokens[index];
        return null;
    }
}
