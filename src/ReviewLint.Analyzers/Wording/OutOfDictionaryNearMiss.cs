using ReviewLint.Analyzers.Lexicon;
using ReviewLint.Tokenization;

namespace ReviewLint.Analyzers.Wording;

/// <summary>Finds three characters that are no word of jieba's dictionary but one same-sound or similar-shape character away from a
/// three-character word of it (扶恤金 → 抚恤金 60; jieba cuts 扶/恤金). The window starts and ends on token boundaries; every word jieba
/// found inside it is rare (frequency below <see cref="CommonTokenFrequency"/>, as 恤金 2), so common words that merely sit side by
/// side are left alone (工作|是 is not 工作室); and the two characters holding the suspect one are no word (扶恤), so a character that
/// fits its neighbour is not replaced. The corrected word must be of frequency at least <see cref="WordFrequency"/>; the most frequent
/// one wins. RL2004 guesses misspellings from two-character pieces; this check knows the whole word.</summary>
internal static class OutOfDictionaryNearMiss
{
    public const int Length = 3;

    /// <summary>Smallest frequency of the corrected word (抚恤金 60, 嬉戏 125 would be of two characters).</summary>
    private const int WordFrequency = 50;

    /// <summary>A word inside the window at least this frequent is taken as written on purpose.</summary>
    private const int CommonTokenFrequency = 20;

    /// <summary>The three-character words of frequency at least <see cref="WordFrequency"/> (rules/data/jieba-three-character-words.txt).</summary>
    private static readonly NearMissTargets Words = new("jieba-three-character-words.txt", Length);

    /// <summary>False when the three characters at <paramref name="start"/> do not start and end on token boundaries or no listed word
    /// is one character from them (most windows): array reads and a few bit tests.</summary>
    public static bool MayStartAt(string text, int start, TokenBoundaries boundaries) =>
        start + Length <= text.Length && boundaries.IsTokenBoundary(start) && boundaries.IsTokenBoundary(start + Length) && Words.Positions(text.AsSpan(start, Length)) != 0;

    /// <summary>The corrected word for the three characters at <paramref name="start"/>, or null.</summary>
    public static string? Correction(string text, int start, TokenBoundaries boundaries, TokenList tokens, ITokenizer tokenizer)
    {
        if (start + Length > text.Length) return null;
        var window = text.AsSpan(start, Length);
        int positions = Words.Positions(window);
        if (positions == 0 || !HanText.IsHan(window) || !boundaries.IsTokenBoundary(start) || !boundaries.IsTokenBoundary(start + Length)
            || tokenizer.GetFrequency(window) > 0) return null;
        // By index, not TokenList.In: on a paragraph's view that copies the paragraph's tokens.
        for (int i = tokens.IndexAt(start); i < tokens.Count && tokens[i].Start < start + Length; i++)
        {
            var token = tokens[i];
            if (token.Start >= start && token.End <= start + Length && token.Text.Length > 1 && tokenizer.GetFrequency(token.Text) >= CommonTokenFrequency) return null;
        }
        var confusions = TypoConfusions.Default;
        Span<char> candidate = stackalloc char[Length];
        string? best = null;
        int bestFrequency = WordFrequency - 1;
        for (int index = 0; index < Length; index++)
        {
            if ((positions & 1 << index) == 0 || !confusions.TryGet(window[index], out string substitutes) || RareWordNearMiss.PiecesAreWords(window, index, tokenizer)) continue;
            string fills = Words.Fills(window, index);
            foreach (char substitute in substitutes)
            {
                if (!fills.Contains(substitute)) continue;
                window.CopyTo(candidate);
                candidate[index] = substitute;
                int frequency = tokenizer.GetFrequency(candidate);
                if (frequency > bestFrequency) (best, bestFrequency) = (candidate.ToString(), frequency);
            }
        }
        return best;
    }
}
