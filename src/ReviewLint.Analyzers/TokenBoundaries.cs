using ReviewLint.Tokenization;

namespace ReviewLint.Analyzers;

/// <summary>Whether a position in the text falls between words: at a token start, or next to a character that is not Han.</summary>
internal readonly struct TokenBoundaries(string text, TokenList tokens)
{
    public bool IsBoundary(int position)
    {
        if (position <= 0 || position >= text.Length) return true;
        if (!IsHan(text[position - 1]) || !IsHan(text[position])) return true;
        int index = tokens.IndexAt(position);
        return index < tokens.Count && tokens[index].Start == position;
    }

    public bool IsWordAt(int start, int end) => IsBoundary(start) && IsBoundary(end);

    public static bool IsHan(char c) => c is >= '\u3400' and <= '\u9fff' or >= '\uf900' and <= '\ufaff';
}
