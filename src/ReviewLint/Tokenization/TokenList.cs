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

    public IEnumerator<Token> GetEnumerator() => ((IEnumerable<Token>)_tokens).GetEnumerator();
    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
