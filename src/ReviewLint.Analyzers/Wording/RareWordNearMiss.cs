using ReviewLint.Analyzers.Lexicon;
using ReviewLint.Tokenization;

namespace ReviewLint.Analyzers.Wording;

/// <summary>Finds a three-character word that jieba's dictionary holds only as a rare misspelling (竟争力 3 against 竞争力 1,310):
/// the written word is rare, the two characters that hold the suspect one are no word (竟争), and one same-sound or similar-shape
/// substitute makes them a common word (竞争) and the whole a far more frequent word. RL2004 skips such words because they are
/// in the dictionary; two-character ones (秸杆, 侯车) cannot be told from the many real words the dictionary counts as rare
/// (台账, 销号, 办结) and are left alone. Legitimate words that pass the test (教与学) are listed in
/// rules/data/dictionary-legitimate-variants.txt. Only the dictionary words that can pass the test are looked at (<see cref="Candidates"/>).</summary>
internal static class RareWordNearMiss
{
    public const int Length = 3;

    /// <summary>A written word more frequent than this is taken as written on purpose.</summary>
    private const int RareWordFrequency = 5;

    /// <summary>How many times more frequent than the written word the corrected word must be.</summary>
    private const int FrequencyRatio = 20;

    /// <summary>Smallest frequency of the two-character word the substitute makes (竞争 5,985).</summary>
    private const int CommonPieceFrequency = 1000;

    /// <summary>Every word the check can report: the three-character words of the dictionary of frequency 1 to
    /// <see cref="RareWordFrequency"/> that one confusable character turns into a word of frequency at least <see cref="FrequencyRatio"/>
    /// holding a piece of frequency at least <see cref="CommonPieceFrequency"/> (rules/data/jieba-rare-three-character-near-misses.txt,
    /// 353 words, derived from jieba's dictionary). The check reads only dictionary words, so the list is all it can find, known in
    /// advance; a window not in it costs one set lookup.</summary>
    private static readonly HashSet<ulong> Candidates = [.. NearMissTargets.ReadPacked("jieba-rare-three-character-near-misses.txt", Length)];

    /// <summary>The first two characters of the <see cref="Candidates"/>: one bit test turns away nearly every window.</summary>
    private static readonly CharPairFilter CandidateHeads = HeadsOf(Candidates);

    private static CharPairFilter HeadsOf(IEnumerable<ulong> words)
    {
        var heads = new CharPairFilter();
        foreach (ulong word in words) heads.Add((char)(word >> 32), (char)(word >> 16));
        return heads;
    }

    /// <summary>False when the three characters at <paramref name="start"/> are none of the <see cref="Candidates"/> (nearly every
    /// window): a bit test and at most one set lookup.</summary>
    public static bool MayStartAt(string text, int start) =>
        start + Length <= text.Length && CandidateHeads.MayContain(text[start], text[start + 1]) && Candidates.Contains(NearMissTargets.Pack(text.AsSpan(start, Length)));

    /// <summary>The corrected word for the three characters at <paramref name="start"/>, or null. The window must be one token.</summary>
    public static string? Correction(string text, int start, TokenBoundaries boundaries, ITokenizer tokenizer)
    {
        if (start + Length > text.Length) return null;
        var window = text.AsSpan(start, Length);
        if (!CandidateHeads.MayContain(window[0], window[1]) || !Candidates.Contains(NearMissTargets.Pack(window)) || !HanText.IsHan(window)
            || !boundaries.IsWordAt(start, start + Length)) return null;
        int written = tokenizer.GetFrequency(window);
        if (written is 0 or > RareWordFrequency) return null;
        var confusions = TypoConfusions.Default;
        Span<int> frequencies = stackalloc int[confusions.MostSubstitutes];
        Span<char> candidate = stackalloc char[Length];
        for (int index = 0; index < Length; index++)
        {
            if (!confusions.TryGet(window[index], out string substitutes) || PiecesAreWords(window, index, tokenizer)) continue;
            var found = frequencies[..substitutes.Length];
            tokenizer.GetFrequencies(window, index, substitutes, found);
            for (int i = 0; i < substitutes.Length; i++)
            {
                if (found[i] < written * FrequencyRatio) continue;
                window.CopyTo(candidate);
                candidate[index] = substitutes[i];
                if (!HasCommonPiece(candidate, index, tokenizer)) continue;
                if (DictionaryLegitimateVariants.Contains(window)) return null;
                return candidate.ToString();
            }
        }
        return null;
    }

    /// <summary>True when a two-character piece holding <paramref name="index"/> is a word (法治化: 法治), so the character fits.</summary>
    internal static bool PiecesAreWords(ReadOnlySpan<char> word, int index, ITokenizer tokenizer) =>
        index < Length - 1 && tokenizer.GetFrequency(word.Slice(index, 2)) > 0 || index > 0 && tokenizer.GetFrequency(word.Slice(index - 1, 2)) > 0;

    private static bool HasCommonPiece(ReadOnlySpan<char> word, int index, ITokenizer tokenizer) =>
        index < Length - 1 && tokenizer.GetFrequency(word.Slice(index, 2)) >= CommonPieceFrequency
        || index > 0 && tokenizer.GetFrequency(word.Slice(index - 1, 2)) >= CommonPieceFrequency;
}
