using ReviewLint.Tokenization;

namespace ReviewLint.Analyzers.Lexicon;

/// <summary>The positions of a text where a word may start or end: token boundaries, and optionally every position inside
/// a Han token that is no dictionary word (an HMM guess such as 要定立 or 在署, which may have glued a word to its neighbour).</summary>
internal sealed class TokenBoundaries
{
    private readonly bool[] _isBoundary;
    private readonly TokenList _tokens;
    private readonly ITokenizer? _tokenizer;

    /// <summary>Per token, once asked: 1 when it is a Han token of two or more characters that is no dictionary word, 2 otherwise.</summary>
    private byte[]? _isGuess;

    /// <summary>dict.txt frequency below which a word is rare enough to be a segmentation accident (代脉 11 in 时代脉博).</summary>
    private const long RareWordFrequency = 20;

    /// <param name="splitGuessesWith">When given, every position inside a Han token that is no word of this tokenizer's dictionary is
    /// a boundary too. Each token is looked up once, when a position inside it is first asked about, so a paragraph whose insides
    /// nobody asks about costs no dictionary lookup.</param>
    public TokenBoundaries(TokenList tokens, int textLength, ITokenizer? splitGuessesWith = null)
    {
        _isBoundary = new bool[textLength + 1];
        (_tokens, _tokenizer) = (tokens, splitGuessesWith);
        _isBoundary[0] = _isBoundary[textLength] = true;
        foreach (var token in tokens)
        {
            _isBoundary[token.Start] = true;
            _isBoundary[token.End] = true;
        }
    }

    public TokenBoundaries(string text, TokenList tokens) : this(tokens, text.Length)
    {
    }

    public bool IsBoundary(int position) =>
        position >= 0 && position < _isBoundary.Length && (_isBoundary[position] || _tokenizer is not null && IsInsideGuess(position));

    /// <summary>True when a token starts or ends at the position (HMM guesses not split).</summary>
    public bool IsTokenBoundary(int position) => position >= 0 && position < _isBoundary.Length && _isBoundary[position];

    /// <summary>True when the position lies inside a Han token that is no dictionary word (an HMM guess such as 要定立).</summary>
    private bool IsInsideGuess(int position)
    {
        int index = _tokens.IndexAt(position);
        if (index >= _tokens.Count) return false;
        var judged = _isGuess ??= new byte[_tokens.Count];
        if (judged[index] == 0)
        {
            var token = _tokens[index];
            judged[index] = token.IsHan && token.Text.Length > 1 && !_tokenizer!.IsWord(token.Text) ? (byte)1 : (byte)2;
        }
        return judged[index] == 1;
    }

    /// <summary>True when the position lies inside a rare dictionary word (only known when built with a tokenizer). Looked up on
    /// demand: only RL2001's rare edge case asks.</summary>
    public bool IsInsideRareWord(int position)
    {
        if (_tokenizer is null || position <= 0 || position >= _isBoundary.Length || IsBoundary(position)) return false;
        int index = _tokens.IndexAt(position);
        if (index >= _tokens.Count) return false;
        var token = _tokens[index];
        return token.Start < position && token.IsHan && token.Text.Length > 1 && _tokenizer.GetFrequency(token.Text) < RareWordFrequency;
    }

    /// <summary>True when <c>[start, end)</c> starts and ends on boundaries, i.e. is made of whole tokens.</summary>
    public bool IsWordAt(int start, int end) => IsBoundary(start) && IsBoundary(end);

    public static bool IsHan(char c) => c is >= '\u3400' and <= '\u9fff' or >= '\uf900' and <= '\ufaff';
}
