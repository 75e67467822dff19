using ReviewLint.Tokenization;

namespace ReviewLint.Analyzers.Wording;

/// <summary>The second tier of <see cref="TwoCharacterNearMiss"/>, tried when the first finds nothing: the written character is a bound
/// morpheme, but the character put in its place may be a common one, provided it has the same syllable AND the same tone in its first
/// reading (rules/data/character-tones.tsv), the input method's likeliest offer: 惩诫 → 惩戒 jiè, 拖歉 → 拖欠 qiàn, 悍卫 → 捍卫 hàn; a free
/// written character is tried only when jieba glued it to a bound one and the word is common (贯撤 → 贯彻).
/// Without the tone the first tier could not drop its demand that the substitute be bound too (总汞 → 总共, 认委 → 认为, 不嚷 → 不让,
/// 被斧 → 被俘 all change the tone). Guards beyond the first tier's: neither character is a function word (自缚手脚, 久拖不诀), a
/// written character that is a productive morpheme at its place needs a word of everyday text (see <see cref="ProductiveWordFrequency"/>),
/// and the corrected word outnumbers any word the characters form across the window's edges.</summary>
internal static class SameToneNearMiss
{
    /// <summary>Smallest frequency of the corrected word (惩戒 116, 拖欠 253, 捍卫 450); at 50 clean text gave 枫骨 → 风骨 (57) and
    /// 虹叶 → 红叶 (90).</summary>
    private const int LeastWordFrequency = 100;

    /// <summary>Smallest frequency of the corrected word when the written character is a productive morpheme at its place (ten times the
    /// first tier's 500 for that case): official text coins words with it (铸牢 → 筑牢 2,000, 可研 → 可言 301, 夜牧 → 夜幕 249), so only
    /// a word of everyday text will do (姿源 → 资源, 龟定 → 规定).</summary>
    private const int ProductiveWordFrequency = 5000;

    /// <summary>Smallest frequency of the corrected word when the written character is free (贯撤 → 贯彻 2,922, 普察 → 普查 2,163): jieba
    /// glued it to a bound character that stays, and the substitute has its syllable and tone; on every evaluation report this
    /// found three slips and one statistical term (批零住餐 → 助餐 300), hence the floor above it.</summary>
    private const int FreeWrittenWordFrequency = 301;

    /// <summary>How many times the corrected word must outnumber a dictionary word formed by a window character and its outer
    /// neighbour: the written characters may belong with their neighbours instead.</summary>
    private const int EdgeRatio = 10;

    /// <summary>Per character, the other characters of its first reading's syllable that also share its tone (empty outside the
    /// 通用规范汉字表), built once from the syllable groups and rules/data/character-tones.tsv.</summary>
    private static readonly string[] SameTone = LoadSameTone();

    /// <summary>The corrected word for the two characters at <paramref name="start"/>, or null. The caller has checked that the window
    /// lies on token boundaries, is no dictionary word, and is neither a name nor a coined abbreviation.</summary>
    public static string? Correction(string text, int start, bool glued, ITokenizer tokenizer, TwoCharacterNearMiss.Characters characters)
    {
        var window = text.AsSpan(start, TwoCharacterNearMiss.Length);
        if (IsFunctionCharacter(window[0], tokenizer) || IsFunctionCharacter(window[1], tokenizer)) return null;
        int edge = Math.Max(DictionaryFrequency(text, start - 1, tokenizer), DictionaryFrequency(text, start + 1, tokenizer));
        int bestFrequency = Math.Max(LeastWordFrequency - 1, edge * EdgeRatio);
        string? best = null;
        Span<char> candidate = stackalloc char[TwoCharacterNearMiss.Length];
        Span<int> frequencies = stackalloc int[Math.Max(SameTone[window[0]].Length, SameTone[window[1]].Length)];
        for (int index = 0; index < window.Length; index++)
        {
            char written = window[index];
            if (TwoCharacterNearMiss.IsParallel(text, start + index)) continue;
            int least = characters.IsBound(written) ? characters.IsProductive(written, index) ? ProductiveWordFrequency - 1 : 0
                // 贯撤 → 贯彻: a free character jieba glued to a bound one that keeps its place is tried too, for a common word only.
                : glued && characters.IsBound(window[1 - index]) ? FreeWrittenWordFrequency - 1
                : -1;
            if (least < 0) continue;
            string sameTone = SameTone[written];
            var found = frequencies[..sameTone.Length];
            tokenizer.GetFrequencies(window, index, sameTone, found);
            for (int i = 0; i < sameTone.Length; i++)
            {
                if (found[i] <= Math.Max(least, bestFrequency)) continue;
                window.CopyTo(candidate);
                candidate[index] = sameTone[i];
                string word = candidate.ToString();
                if (TwoCharacterNearMiss.IsUnsafeCorrection(tokenizer.GetWordTag(word))) continue;
                (best, bestFrequency) = (word, found[i]);
            }
        }
        return best;
    }

    /// <summary>The frequency of the two characters at <paramref name="at"/> as a dictionary word, 0 outside the text or the dictionary.</summary>
    private static int DictionaryFrequency(string text, int at, ITokenizer tokenizer) =>
        at < 0 || at + TwoCharacterNearMiss.Length > text.Length ? 0 : tokenizer.GetFrequency(text.AsSpan(at, TwoCharacterNearMiss.Length));

    /// <summary>A character jieba tags as an adverb, preposition, conjunction, particle, pronoun, numeral, measure word, modal particle,
    /// interjection or onomatopoeia (不, 再, 很, 都, 自, 于, 和, 这): a word by itself, not half of a misspelt word.</summary>
    private static bool IsFunctionCharacter(char c, ITokenizer tokenizer) =>
        tokenizer.GetWordTag(c.ToString()) is { Length: > 0 } tag && tag[0] is 'd' or 'p' or 'c' or 'u' or 'r' or 'm' or 'q' or 'y' or 'e' or 'o';

    private static string[] LoadSameTone()
    {
        var tones = new byte[char.MaxValue + 1];
        foreach (var row in RuleData.ReadTable("character-tones.tsv"))
            if (row.Length >= 2 && byte.TryParse(row[0], out byte tone))
                foreach (char c in row[1].Where(c => !char.IsSurrogate(c))) tones[c] = tone;
        var sameTone = new string[char.MaxValue + 1];
        for (int c = 0; c <= char.MaxValue; c++)
            sameTone[c] = new([.. TwoCharacterNearMiss.SameSyllableAs((char)c).Where(s => tones[s] == tones[c])]);
        return sameTone;
    }
}
