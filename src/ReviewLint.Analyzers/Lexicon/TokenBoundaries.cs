using ReviewLint.Tokenization;

namespace ReviewLint.Analyzers.Lexicon;

/// <summary>The positions of a text where a token starts or ends, for testing that a string covers whole tokens.</summary>
internal sealed class TokenBoundaries
{
    private readonly bool[] _isBoundary;

    public TokenBoundaries(TokenList tokens, int textLength)
    {
        _isBoundary = new bool[textLength + 1];
        _isBoundary[0] = _isBoundary[textLength] = true;
        foreach (var token in tokens)
        {
            _isBoundary[token.Start] = true;
            _isBoundary[token.End] = true;
        }
    }

    public bool IsBoundary(int position) => position >= 0 && position < _isBoundary.Length && _isBoundary[position];
}
