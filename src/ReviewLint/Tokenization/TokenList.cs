using System.Collections;
using System.Collections.Immutable;
using ReviewLint.Text;

namespace ReviewLint.Tokenization;

/// <summary>The tokens of a document in text order, with lookup by position and span. A list can also be a view over a run of
/// another list's tokens with spans shifted by an offset (a paragraph's tokens in paragraph-relative positions): its indexer and
/// enumerator shift each token as it is read, and only <see cref="AsImmutableArray"/> or <see cref="In"/> make a shifted copy.</summary>
public sealed class TokenList : IReadOnlyList<Token>
{
    private readonly ImmutableArray<Token> _tokens;
    private readonly int _first;
    private readonly int _count;
    private readonly int _offset;
    private ImmutableArray<Token> _shifted;

    public TokenList(ImmutableArray<Token> tokens) : this(tokens, 0, tokens.Length, 0)
    {
    }

    private TokenList(ImmutableArray<Token> tokens, int first, int count, int offset)
    {
        _tokens = tokens;
        _first = first;
        _count = count;
        _offset = offset;
        if (offset == 0 && first == 0 && count == tokens.Length) _shifted = tokens;
    }

    public static TokenList Empty { get; } = new([]);

    public int Count => _count;

    public Token this[int index]
    {
        get
        {
            if ((uint)index >= (uint)_count) throw new ArgumentOutOfRangeException(nameof(index));
            var token = _tokens[_first + index];
            return _offset == 0 ? token : token with { Span = new TextSpan(token.Start - _offset, token.Span.Length) };
        }
    }

    /// <summary>The tokens as an array (for a view, a shifted copy made on first call and kept).</summary>
    public ImmutableArray<Token> AsImmutableArray()
    {
        if (_shifted.IsDefault) _shifted = Shifted();
        return _shifted;
    }

    /// <summary>The tokens lying entirely inside <paramref name="span"/>, and then shifted so that <paramref name="span"/> starts at 0,
    /// as a view without copying.</summary>
    public TokenList Relative(TextSpan span)
    {
        var (first, last) = Range(span);
        return new TokenList(_tokens, _first + first, last - first, _offset + span.Start);
    }

    private ImmutableArray<Token> Shifted()
    {
        var shifted = new Token[_count];
        for (int i = 0; i < shifted.Length; i++) shifted[i] = this[i];
        return System.Runtime.InteropServices.ImmutableCollectionsMarshal.AsImmutableArray(shifted);
    }

    /// <summary>The start of the token at <paramref name="index"/>, in this list's positions.</summary>
    private int StartOf(int index) => _tokens[_first + index].Start - _offset;

    private int EndOf(int index) => _tokens[_first + index].End - _offset;

    /// <summary>The index of the token containing <paramref name="position"/>, or of the first token after it; Count when none.</summary>
    public int IndexAt(int position)
    {
        int lo = 0, hi = _count - 1;
        while (lo <= hi)
        {
            int mid = (lo + hi) >>> 1;
            if (EndOf(mid) <= position) lo = mid + 1;
            else if (StartOf(mid) > position) hi = mid - 1;
            else return mid;
        }
        return lo;
    }

    /// <summary>The tokens lying entirely inside <paramref name="span"/>.</summary>
    public ReadOnlySpan<Token> In(TextSpan span)
    {
        var (first, last) = Range(span);
        return AsImmutableArray().AsSpan()[first..last];
    }

    private (int First, int Last) Range(TextSpan span)
    {
        int first = IndexAt(span.Start);
        while (first < _count && StartOf(first) < span.Start) first++;
        int last = first;
        while (last < _count && EndOf(last) <= span.End) last++;
        return (first, last);
    }

    /// <summary>True when a token starts exactly at <paramref name="position"/>.</summary>
    public bool StartsAt(int position)
    {
        int index = IndexAt(position);
        return index < Count && StartOf(index) == position;
    }

    /// <summary>True when a token ends exactly at <paramref name="position"/>.</summary>
    public bool EndsAt(int position)
    {
        if (position <= 0) return false;
        int index = IndexAt(position - 1);
        return index < Count && EndOf(index) == position;
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
            if (EndOf(index) <= position && _tokens[_first + index].Kind != TokenKind.Whitespace) return this[index];
        return null;
    }

    /// <summary>The first token starting at or after <paramref name="position"/> that is not whitespace, or null.</summary>
    public Token? After(int position)
    {
        for (int index = IndexAt(position); index < Count; index++)
            if (StartOf(index) >= position && _tokens[_first + index].Kind != TokenKind.Whitespace) return this[index];
        return null;
    }

    /// <summary>An enumerator that shifts each token as it is read (no allocation in a <c>foreach</c>).</summary>
    public Enumerator GetEnumerator() => new(this);
    IEnumerator<Token> IEnumerable<Token>.GetEnumerator() => GetEnumerator();
    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    /// <summary>Enumerates a <see cref="TokenList"/> in text order.</summary>
    public struct Enumerator : IEnumerator<Token>
    {
        private readonly TokenList _list;
        private int _index;

        internal Enumerator(TokenList list)
        {
            _list = list;
            _index = -1;
        }

        public readonly Token Current => _list[_index];
        readonly object IEnumerator.Current => Current;
        public bool MoveNext() => ++_index < _list._count;
        public void Reset() => _index = -1;
        public readonly void Dispose()
        {
        }
    }
}
