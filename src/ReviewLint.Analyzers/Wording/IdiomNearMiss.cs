using ReviewLint.Analyzers.Lexicon;
using ReviewLint.Tokenization;

namespace ReviewLint.Analyzers.Wording;

/// <summary>Finds a four-character idiom of the tokenizer's dictionary (tag <c>i</c>, or a frequent set phrase tagged <c>l</c>) written with one character replaced by a
/// same-sound or similar-shape character (立杆见影 → 立竿见影, 披星带月 → 披星戴月): one substitution from <see cref="TypoConfusions"/>
/// turns the written form into an idiom (the most frequent one, if several), and the written form is either no word or a rare word of
/// the dictionary that the idiom outnumbers (jieba's dictionary holds a few hundred misspelt idioms: 披星带月 3 against 披星戴月 20, 不知所错 3 against
/// 不知所措 310). Idioms are fixed, so such a near miss is almost always a typo; legitimate variants the dictionary also knows
/// (前赴后继, 疾恶如仇) are listed in rules/data/dictionary-legitimate-variants.txt. Words outside the dictionary's idioms are left to the
/// table and to RL2004. Substitutes are tried only at the positions where an idiom of jieba's dictionary agrees with the window in the
/// other three characters (<see cref="Idioms"/>): most windows cost a few bit tests and no dictionary walk.</summary>
internal static class IdiomNearMiss
{
    public const int Length = 4;

    private const string IdiomTag = "i";

    /// <summary>jieba's tag for a set phrase (长此以往 78, 自始至终 175, 积重难返 30): as fixed as an idiom, so a target too when frequent.</summary>
    private const string SetPhraseTag = "l";

    /// <summary>How frequent a set phrase (tag <c>l</c>) must be to be a target of four characters outside the dictionary: 1,196 phrases
    /// of jieba's dictionary reach 30.</summary>
    private const int SetPhraseTargetFrequency = 30;

    /// <summary>The same for a written form the dictionary holds as a rare word (人浮于世 3 against 人浮于事 29, 获益非浅 3 against 获益匪浅 25):
    /// the dictionary picked the misspelling up, so the ratio already says which is meant; 1,343 phrases reach 25. Outside the
    /// dictionary the floor stays: 活动重心 is two words one character from 活动中心 (25).</summary>
    private const int MisspeltSetPhraseTargetFrequency = 25;

    /// <summary>The four-character words jieba's dictionary tags <c>i</c>, and those it tags <c>l</c> of frequency at least
    /// <see cref="MisspeltSetPhraseTargetFrequency"/> (rules/data/jieba-idioms.txt).</summary>
    private static readonly NearMissTargets Idioms = new("jieba-idioms.txt", Length);

    private const int CommonWordFrequency = 2000;

    /// <summary>A dictionary word above this frequency is taken as written on purpose (丰富多采 60 is still checked).</summary>
    private const int RareWordFrequency = 60;

    /// <summary>How many times more frequent than a written dictionary idiom (tag <c>i</c>) the idiom must be (披星戴月 20 ÷ 披星带月 3
    /// ≈ 6.7, 摩拳擦掌 80 ÷ 磨拳擦掌 20 = 4). Measured on jieba's dictionary: 382 pairs reach 5, nearly all misspellings; the 24 more
    /// between 4 and 5 hold 8 correct variants, listed in rules/data/dictionary-legitimate-variants.txt (see rules/RL2001.md).</summary>
    private const double MisspeltIdiomRatio = 4;

    /// <summary>The same for a written dictionary word that jieba does not tag as an idiom (明查暗访 nr 10 against 明察暗访 19,
    /// 留党查看 3 against 留党察看 11): four characters one character from an idiom, read as a name or a noun, are a misspelling the
    /// dictionary picked up from its corpus far more often than a phrase of their own.</summary>
    private const double MisspeltPhraseRatio = 1.5;

    /// <summary>False when no idiom can be one character from the four characters at <paramref name="start"/> (most windows):
    /// a few bit tests, no dictionary lookup.</summary>
    public static bool MayStartAt(string text, int start) => start + Length <= text.Length && Idioms.Positions(text.AsSpan(start, Length)) != 0;

    /// <summary>The idiom the four characters at <paramref name="start"/> miss by one character, or null. The window must stand
    /// between token boundaries (a 成语 is one word; a window across two words is not one). <paramref name="table"/> is RL2001's table
    /// with the document's options applied: an idiom it lists as a misspelling is never offered.</summary>
    public static string? Correction(string text, int start, TokenBoundaries boundaries, ITokenizer tokenizer, ConfusableTable table)
    {
        if (start + Length > text.Length) return null;
        var window = text.AsSpan(start, Length);
        int positions = Idioms.Positions(window);
        if (positions == 0 || !HanText.IsHan(window) || !boundaries.IsWordAt(start, start + Length)) return null;
        if (IsInEnumerationOfOnes(text, start)) return null;
        int written = tokenizer.GetFrequency(window);
        if (written > RareWordFrequency) return null;
        if (written == 0 && IsTwoCommonWords(window, start, boundaries, tokenizer)) return null;
        if (written > 0 && DictionaryLegitimateVariants.Contains(window)) return null;
        double minimum = written == 0 ? 1 : written * (tokenizer.GetWordTag(window.ToString()) == IdiomTag ? MisspeltIdiomRatio : MisspeltPhraseRatio);
        var confusions = TypoConfusions.WithObserved;
        string? best = null;
        int bestFrequency = 0;
        Span<char> candidate = stackalloc char[Length];
        bool unsegmented = written == 0 && HoldsNoWord(text, start, boundaries, tokenizer);
        for (int index = 0; index < Length; index++)
        {
            if ((positions & 1 << index) == 0) continue;
            confusions.TryGet(window[index], out string? substitutes);
            string fills = Idioms.Fills(window, index);
            if (IsOtherVerbInFrame(window[index], fills, tokenizer)) continue;
            foreach (char substitute in fills)
            {
                bool listed = substitutes is not null && substitutes.Contains(substitute) || IsInputMethodSlip(written, window[index], substitute, tokenizer);
                bool fuzzy = !listed && IsFuzzySlip(written, window[index], substitute, tokenizer);
                if (!listed && !fuzzy && !unsegmented) continue;
                window.CopyTo(candidate);
                candidate[index] = substitute;
                int frequency = tokenizer.GetFrequency(candidate);
                if (frequency < minimum || frequency <= bestFrequency || !listed && frequency < (fuzzy ? FuzzyIdiomFrequency : UnsegmentedIdiomFrequency)) continue;
                string idiom = candidate.ToString();
                if (IsTarget(tokenizer.GetWordTag(idiom), frequency, written) && !IsTableMisspelling(idiom, table)) (best, bestFrequency) = (idiom, frequency);
            }
        }
        return best;
    }

    /// <summary>True when the window is 一A一B inside a longer chain of 一X (一车一证一线, 一户一档一策): an enumeration of
    /// per-item measures, not a slip for an idiom of that shape (一针一线).</summary>
    private static bool IsInEnumerationOfOnes(string text, int start) =>
        text[start] == '一' && text[start + 2] == '一'
        && (start >= 2 && text[start - 2] == '一' || start + Length + 1 < text.Length && text[start + Length] == '一');

    /// <summary>Smallest frequency of an idiom offered for four characters in which jieba found no word at all (有条|不絮 → 有条不紊 145).</summary>
    private const int UnsegmentedIdiomFrequency = 100;

    /// <summary>True when no stretch of two or more characters between token boundaries inside the window is a dictionary word (有条|不絮:
    /// jieba found only guesses): the four characters make sense only as the idiom, so any one character that turns them into a common
    /// idiom is a slip, whether or not the confusion tables list the pair (絮 for 紊 looks alike and sounds different).</summary>
    private static bool HoldsNoWord(string text, int start, TokenBoundaries boundaries, ITokenizer tokenizer)
    {
        for (int from = start; from < start + Length - 1; from++)
            for (int to = from + 2; to <= start + Length; to++)
                if (boundaries.IsWordAt(from, to) && tokenizer.GetFrequency(text.AsSpan(from, to - from)) > 0) return false;
        return true;
    }

    /// <summary>True for an idiom, or a set phrase frequent enough to be written on purpose only as itself (less frequent when the
    /// written form is a rare word of the dictionary).</summary>
    private static bool IsTarget(string? tag, int frequency, int written) =>
        tag == IdiomTag || tag == SetPhraseTag && frequency >= (written > 0 ? MisspeltSetPhraseTargetFrequency : SetPhraseTargetFrequency);

    /// <summary>True when confusables.tsv lists the idiom as a misspelling: jieba tags a few misspellings as idioms (风声水起 3), which
    /// must not be offered as the correction of the right form (风生水起, outside the dictionary); nor must the wrong form of a pair the
    /// user added (option <c>extra</c>). A pair the user ignores is still a misspelling: ignoring it means not reporting it, not offering it.</summary>
    internal static bool IsTableMisspelling(string idiom, ConfusableTable table) =>
        Lists(table, idiom) || !ReferenceEquals(table, ConfusableTable.Default) && Lists(ConfusableTable.Default, idiom);

    private static bool Lists(ConfusableTable table, string wrong)
    {
        foreach (var entry in table.Candidates(wrong[0]))
            if (entry.Wrong == wrong) return true;
        return false;
    }

    /// <summary>Smallest standalone frequency of a character an input method offers in place of another of its syllable.</summary>
    private const int SlipCharacterFrequency = 10;

    /// <summary>For four characters outside the dictionary, a character of the same syllable that the input method offers, which is
    /// a character in common use (一簇而就: 簇 394 for 蹴, both cù), also under another reading of either character (粘轻怕重: 粘
    /// zhān/nián for 拈 niān; 良秀不齐: 秀 xiù for 莠 yǒu/xiù) unless the written character is a function word; a character the dictionary has barely seen (勠 3 in 勠力同心, the standard form of jieba's
    /// 戮力同心) was chosen on purpose.</summary>
    internal static bool IsInputMethodSlip(int written, char writtenCharacter, char substitute, ITokenizer tokenizer) =>
        written == 0 && tokenizer.GetFrequency(new ReadOnlySpan<char>(in writtenCharacter)) >= SlipCharacterFrequency
        && (TwoCharacterNearMiss.IsSameSyllable(writtenCharacter, substitute)
            || CharacterReadings.ShareSyllable(writtenCharacter, substitute) && !IsFunctionWord(writtenCharacter, tokenizer));

    /// <summary>Smallest frequency of an idiom offered for a fuzzy-pinyin slip (心心相映 → 心心相印 53): a rarer idiom is less likely meant.</summary>
    private const int FuzzyIdiomFrequency = 20;

    /// <summary>For four characters outside the dictionary, a character in common use whose main reading matches the idiom's character
    /// only under the fuzzy pinyin of input methods (<see cref="FuzzySyllables"/>: 映 yìng for 印 yìn, 奋 fèn for 风 fēng), unless the
    /// written character is a function word.</summary>
    internal static bool IsFuzzySlip(int written, char writtenCharacter, char substitute, ITokenizer tokenizer) =>
        written == 0 && FuzzySyllables.AreFuzzyAlike(writtenCharacter, substitute)
        && tokenizer.GetFrequency(new ReadOnlySpan<char>(in writtenCharacter)) >= SlipCharacterFrequency && !IsFunctionWord(writtenCharacter, tokenizer);

    /// <summary>jieba's tags of function words: adverbs, conjunctions, prepositions, particles, pronouns, modal particles, interjections.</summary>
    private static readonly string[] FunctionWordTags = ["d", "c", "p", "u", "r", "y", "e"];

    /// <summary>True for a function word (也 d, 亦 d): it stands in the sentence by its first reading (也应如此 is 也 yě + 应如此), so a rare
    /// other reading (也 yí) does not make it a slip for a character of that syllable (亦应如此).</summary>
    internal static bool IsFunctionWord(char character, ITokenizer tokenizer) =>
        tokenizer.GetWordTag(character.ToString()) is { } tag && Array.IndexOf(FunctionWordTags, tag) >= 0;

    /// <summary>How many idioms of the dictionary, differing only in one verb, make the other three characters a productive frame
    /// (一走了之, 一推了之, 一笑了之, 一死了之: 一_了之; not 不知所_, whose fills 措, 云, 以, 指 … are mostly no verbs).</summary>
    private const int ProductiveFrameVerbs = 4;

    /// <summary>True when the written character is a verb put into a productive frame of idioms (一退了之, 一罚了之, 一删了之 are coined
    /// on 一走了之 and 一推了之, not misspelt): the frame's slot takes verbs, so another verb there is a new phrase, whereas a character
    /// of another kind (一腿了之) or a slip in a fixed character (一推了只) is still a typo. jieba tags many single-character verbs
    /// <c>zg</c> rather than <c>v</c> (罚, 掉, 穿, 失), so both count for the written character; the frame's fills count as verbs only
    /// when tagged <c>v</c>. A written form the dictionary holds as an idiom of the frame (心惊胆颤 3 against 心惊胆战) is left to the
    /// frequency ratio: the guard is for coinages the dictionary lacks.</summary>
    private static bool IsOtherVerbInFrame(char written, string fills, ITokenizer tokenizer)
    {
        if (fills.Length < ProductiveFrameVerbs || fills.Contains(written) || tokenizer.GetWordTag(written.ToString()) is not ("v" or "zg")) return false;
        int verbs = 0;
        foreach (char fill in fills)
            if (tokenizer.GetWordTag(fill.ToString()) == "v" && ++verbs == ProductiveFrameVerbs) return true;
        return false;
    }

    /// <summary>True when the window is two common two-character words (群众|反应, not 一丝|不够): jieba's idiom list holds a few
    /// phrases (群众反映) that such a pair of words can miss by one character without being a typo.</summary>
    private static bool IsTwoCommonWords(ReadOnlySpan<char> window, int start, TokenBoundaries boundaries, ITokenizer tokenizer) =>
        boundaries.IsBoundary(start + 2) && Math.Min(tokenizer.GetFrequency(window[..2]), tokenizer.GetFrequency(window[2..])) >= CommonWordFrequency;
}
