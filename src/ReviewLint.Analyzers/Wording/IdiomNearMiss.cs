using ReviewLint.Analyzers.Lexicon;
using ReviewLint.Tokenization;

namespace ReviewLint.Analyzers.Wording;

/// <summary>Finds a four-character idiom of the tokenizer's dictionary (tag <c>i</c>) written with one character replaced by a
/// same-sound or similar-shape character (立杆见影 → 立竿见影, 披星带月 → 披星戴月): the written form is no word, and one substitution from
/// <see cref="TypoConfusions"/> turns it into an idiom. Idioms are fixed, so such a near miss is almost always a typo; words outside the
/// dictionary's idioms are left to the table and to RL2004.</summary>
internal static class IdiomNearMiss
{
    public const int Length = 4;

    private const string IdiomTag = "i";

    private const int CommonWordFrequency = 2000;

    /// <summary>The idiom the four characters at <paramref name="start"/> miss by one character, or null. The window must stand
    /// between token boundaries (a 成语 is one word; a window across two words is not one).</summary>
    public static string? Correction(string text, int start, TokenBoundaries boundaries, ITokenizer tokenizer)
    {
        if (start + Length > text.Length || !boundaries.IsWordAt(start, start + Length)) return null;
        var window = text.AsSpan(start, Length);
        foreach (char c in window)
            if (!HanText.IsHan(c)) return null;
        if (tokenizer.GetFrequency(window) > 0 || IsTwoCommonWords(window, start, boundaries, tokenizer)) return null;
        var confusions = TypoConfusions.Default;
        Span<int> frequencies = stackalloc int[confusions.MostSubstitutes];
        for (int index = 0; index < Length; index++)
        {
            if (!confusions.TryGet(window[index], out string substitutes)) continue;
            var found = frequencies[..substitutes.Length];
            tokenizer.GetFrequencies(window, index, substitutes, found);
            for (int i = 0; i < substitutes.Length; i++)
            {
                if (found[i] == 0) continue;
                string idiom = string.Create(Length, (Window: text.Substring(start, Length), index, Substitute: substitutes[i]), static (chars, state) =>
                {
                    state.Window.CopyTo(chars);
                    chars[state.index] = state.Substitute;
                });
                if (tokenizer.GetWordTag(idiom) == IdiomTag) return idiom;
            }
        }
        return null;
    }

    /// <summary>True when the window is two common two-character words (群众|反应, not 一丝|不够): jieba's idiom list holds a few
    /// phrases (群众反映) that such a pair of words can miss by one character without being a typo.</summary>
    private static bool IsTwoCommonWords(ReadOnlySpan<char> window, int start, TokenBoundaries boundaries, ITokenizer tokenizer) =>
        boundaries.IsBoundary(start + 2) && Math.Min(tokenizer.GetFrequency(window[..2]), tokenizer.GetFrequency(window[2..])) >= CommonWordFrequency;

}
