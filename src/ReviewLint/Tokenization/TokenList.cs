using System.Collections;
using System.Collections.Immutable;
using ReviewLint.Text;

namespace ReviewLint.Tokenization;

/// <summary>The tokens of a document in text order, with lookup by position and span.</summary>
public sealed class TokenList : IReadOnlyList<Token>
{
    private readonly ImmutableArray<Token> _tokens;

    public TokenList(ImmutableArray<Token> tokens) => _tokens = tokens;

    public static TokenList Empty { get; } = new([]);

    public int Count => _tokens.Length;
    public Token this[int index] => _tokens[index];
    public ImmutableArray<Token> AsImmutableArray() => _tokens;

    /// <summary>The index of the token containing <paramref name="position"/>, or of the first token after it; Count when none.</summary>
    public int IndexAt(int position)
    {
        int lo = 0, hi = _tokens.Length - 1;
        while (lo <= hi)
        {
            int mid = (lo + hi) >>> 1;
            var span = _tokens[mid].Span;
            if (span.End <= position) lo = mid + 1;
            else if (span.Start > position) hi = mid - 1;
            else return mid;
        }
        return lo;
    }

    /// <summary>The tokens lying entirely inside <paramref name="span"/>.</summary>
    public ReadOnlySpan<Token> In(TextSpan span)
    {
        int first = IndexAt(span.Start);
        while (first < _tokens.Length && _tokens[first].Start < span.Start) first++;
        int last = first;
        while (last < _tokens.Length && _tokens[last].End <= span.End) last++;
        return _tokens.AsSpan()[first..last];
    }

    /// <summary>True when a token starts exactly at <paramref name="position"/>.</summary>
    public bool StartsAt(int position)
    {
        int index = IndexAt(position);
        return index < Count && this[index].Start == position;
    }

    /// <summary>True when a token ends exactly at <paramref name="position"/>.</summary>
    public bool EndsAt(int position)
    {
        if (position <= 0) return false;
        int index = IndexAt(position - 1);
        return index < Count && this[index].End == position;
    }

    /// <summary>The spans where <paramref name="phrase"/> occurs in <paramref name="content"/> as whole tokens (全州 never inside 全州县).</summary>
    public IEnumerable<TextSpan> FindWhole(string content, string phrase)
    {
        for (int i = content.IndexOf(phrase, StringComparison.Ordinal); i >= 0; i = content.IndexOf(phrase, i + 1, StringComparison.Ordinal))
            if (StartsAt(i) && EndsAt(i + phrase.Length)) yield return new TextSpan(i, phrase.Length);
    }

    /// <summary>The last token ending at or before <paramref name="position"/> that is not whitespace, or null.</summary>
    public Token? Before(int position)
    {
        for (int index = IndexAt(position) - 1; index >= 0; index--)
            if (this[index].End <= position && this[index].Kind != TokenKind.Whitespace) return this[index];
        return null;
    }

    /// <summary>The first token starting at or after <paramref name="position"/> that is not whitespace, or null.</summary>
    public Token? After(int position)
    {
        for (int index = IndexAt(position); index < Count; index++)
            if (this[index].Start >= position && this[index].Kind != TokenKind.Whitespace) return this[index];
        return null;
    }

    public IEnumerator<Token> GetEnumerator() => ((IEnumerable<Token>)_tokens).GetEnumerator();
    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
