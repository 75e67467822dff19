using ReviewLint.Analyzers.Lexicon;
using ReviewLint.Tokenization;

namespace ReviewLint.Analyzers.Wording;

/// <summary>Finds a four-character fixed phrase of jieba's dictionary that is no idiom (管理工作, 清清楚楚; rules/data/jieba-phrases.txt) or of
/// the report register (知行合一, 攻坚克难; rules/data/report-phrases.txt)
/// written with one character replaced by one of the same or a fuzzy syllable (攻艰克难 → 攻坚克难): the written four characters stand
/// between token boundaries and are no word of the dictionary, and the two-character half holding the replaced character is no word either
/// (攻艰), so two ordinary words side by side (工作|作风, 意气|奋发) are never taken for a slip. Idioms are <see cref="IdiomNearMiss"/>'s.</summary>
internal static class PhraseNearMiss
{
    public const int Length = 4;

    /// <summary>The four-character words of frequency at least 20 tagged <c>n l v z a vn ad d c b</c> that are not in jieba-idioms.txt.</summary>
    private static readonly NearMissTargets Phrases = new("jieba-phrases.txt", Length);

    /// <summary>Four-character phrases of the report register that neither list above holds (知行合一, 攻坚克难, 束之高阁;
    /// rules/data/report-phrases.txt).</summary>
    private static readonly NearMissTargets ReportPhrases = new("report-phrases.txt", Length);

    /// <summary>False when no listed phrase is one character from the four characters at <paramref name="start"/> (most windows).</summary>
    public static bool MayStartAt(string text, int start) =>
        start + Length <= text.Length && (Phrases.Positions(text.AsSpan(start, Length)) != 0 || ReportPhrases.Positions(text.AsSpan(start, Length)) != 0);

    /// <summary>The phrase the four characters at <paramref name="start"/> miss by one same- or fuzzy-sound character, or null; the most
    /// frequent when several. A phrase <paramref name="table"/> lists as a misspelling is never offered.</summary>
    public static string? Correction(string text, int start, TokenBoundaries boundaries, ITokenizer tokenizer, ConfusableTable table)
    {
        if (start + Length > text.Length) return null;
        var window = text.AsSpan(start, Length);
        int positions = Phrases.Positions(window), reportPositions = ReportPhrases.Positions(window);
        if ((positions | reportPositions) == 0 || !HanText.IsHan(window) || !boundaries.IsWordAt(start, start + Length) || tokenizer.GetFrequency(window) > 0) return null;
        string? best = null;
        int bestFrequency = 0;
        Span<char> candidate = stackalloc char[Length];
        for (int index = 0; index < Length; index++)
        {
            if (((positions | reportPositions) & 1 << index) == 0 || tokenizer.GetFrequency(window.Slice(index & 2, 2)) > 0) continue;
            string fills = ((positions & 1 << index) != 0 ? Phrases.Fills(window, index) : "") + ((reportPositions & 1 << index) != 0 ? ReportPhrases.Fills(window, index) : "");
            char written = window[index];
            if (IsFunctionOrLevelCharacter(written, tokenizer)) continue;
            foreach (char substitute in fills)
            {
                if (LevelCharacters.Contains(substitute)) continue;
                if (!IdiomNearMiss.IsInputMethodSlip(0, written, substitute, tokenizer) && !IdiomNearMiss.IsFuzzySlip(0, written, substitute, tokenizer)) continue;
                window.CopyTo(candidate);
                candidate[index] = substitute;
                // A report phrase jieba's dictionary lacks (一岗双责) counts as its rarest word.
                int frequency = Math.Max(tokenizer.GetFrequency(candidate), 1);
                if (frequency <= bestFrequency) continue;
                string phrase = candidate.ToString();
                if (!IdiomNearMiss.IsTableMisspelling(phrase, table)) (best, bestFrequency) = (phrase, frequency);
            }
        }
        return best;
    }

    /// <summary>Level characters of units (向镇党委 is no slip for 乡镇党委, 乡直机关 none for 县直机关).</summary>
    private const string LevelCharacters = "省市县区旗盟镇乡村";

    /// <summary>A level character, or one jieba tags as a preposition, particle, numeral or measure word (向, 的, 种 of 15种小企业): a word
    /// by itself before a phrase, not half of a misspelt one (和 in 知行和一 and 再 in 实实再在 are slips).</summary>
    private static bool IsFunctionOrLevelCharacter(char c, ITokenizer tokenizer) =>
        LevelCharacters.Contains(c) || tokenizer.GetWordTag(c.ToString()) is { Length: > 0 } tag && tag[0] is 'p' or 'u' or 'm' or 'q';
}
