using System.Runtime.CompilerServices;
using ReviewLint.Analyzers.Lexicon;
using ReviewLint.Diagnostics;
using ReviewLint.Tokenization;

namespace ReviewLint.Analyzers.Wording;

/// <summary>Finds two characters that are no word of jieba's dictionary, start and end on token boundaries and become a word when one
/// character is replaced by another of the same syllable in its first reading (rules/data/character-syllables.tsv): the input-method
/// slip. Either jieba glued the two into a word of its own guess (疏竣, 遗误, 禀公 → 秉公), or it left them single and one is a bound
/// morpheme (a character jieba seldom sees alone, 崛 80: 挖/崛 → 挖掘), which literary words missing from the dictionary share
/// (逞/才, 真/赝), so the corrected word must then be far more frequent. Loose pairs (shape look-alikes such as 悦/耐, second
/// readings such as 驹/车 jū) are not tried. A window that starts with or follows a common surname may be a given name (何伟) and is
/// left alone, as is one beside a token jieba tags as a person or place name. When both characters must be bound and nothing is found,
/// <see cref="SameToneNearMiss"/> tries a common substitute of the same tone (惩诫 → 惩戒).</summary>
internal static class TwoCharacterNearMiss
{
    public const int Length = 2;

    /// <summary>Largest standalone frequency of the character replaced (崛 80, 缉 236, 遗 1158, 禀 1460): a character jieba seldom sees
    /// alone is a bound morpheme, which belongs in a word; common characters glued by the HMM (不深, 再重, 施策: 深 10,646, 施 2,857)
    /// are words of their own. 伟 398 and 悦 289 pass too, hence the name guard.</summary>
    private const int BoundFrequency = 1500;

    /// <summary>Smallest frequency of the corrected word when jieba glued the two characters into a word of its own guess (疏竣, 遗误,
    /// 禀公 → 秉公 68): the segmenter itself took them for one word, which the dictionary does not know.</summary>
    private const int GuessWordFrequency = 50;

    /// <summary>Smallest frequency of the corrected word when jieba left the two characters single (挖/崛 → 挖掘 933): weaker evidence,
    /// as literary words missing from the dictionary split the same way (逞/才 → 成才 178, 真/赝 → 真言 157).</summary>
    private const int SplitWordFrequency = 500;

    /// <summary>Fewest two-character dictionary words of frequency at least <see cref="ProductiveWordFrequency"/> that have the written
    /// character at its place for it to count as a productive morpheme there (检 second in 15: 安检, 质检, 年检; 诉 first in 6; 疫 second
    /// in 5: 防疫, 检疫): official register then coins terms with it (强检, 诉源, 兽疫) that the dictionary lacks, so a glued pair needs
    /// the split case's evidence. Slips mostly write a character that seldom stands there (竣 0, 谛 1, 涣 1).</summary>
    private const int ProductiveWords = 5;

    /// <summary>How common the third character of a three-character guess must be as a word of its own (时 and 中 are far above).</summary>
    private const int FreeCharacterFrequency = 20000;

    private const int ProductiveWordFrequency = 20;

    /// <summary>Per character, the other characters of its first reading's syllable, or null (not in the 通用规范汉字表).</summary>
    private static readonly string?[] SameSyllable = LoadSyllables();

    private static readonly int MostSubstitutes = SameSyllable.Max(group => group?.Length ?? 0);

    /// <summary>Every character of the syllable table, to count the dictionary words a character forms at one place.</summary>
    private static readonly string AllCharacters = string.Concat(SameSyllable.Select((group, c) => group is null ? "" : ((char)c).ToString()));

    /// <summary>What each tokenizer's dictionary says of the characters, kept with the tokenizer (a user dictionary changes frequencies).</summary>
    private static readonly ConditionalWeakTable<ITokenizer, Characters> ByTokenizer = new();

    private static readonly HashSet<char> Surnames = [.. RuleData.ReadText("common-surnames.txt").Split('\n')
        .Select(line => line.Trim()).Where(line => line.Length == 1 && line[0] != '#').Select(line => line[0])];

    /// <summary>The facts about characters of <paramref name="tokenizer"/>'s dictionary that the check asks (once per paragraph).</summary>
    public static Characters CharactersOf(ITokenizer tokenizer) =>
        ByTokenizer.TryGetValue(tokenizer, out var characters) ? characters : ByTokenizer.GetValue(tokenizer, t => new Characters(t));

    /// <summary>False for most windows: two array reads (is each character in the syllable table, is one of them bound), and only
    /// then boundary tests. The window is then one token or two single characters.</summary>
    public static bool MayStartAt(string text, int start, TokenBoundaries boundaries, Characters characters) =>
        start + Length <= text.Length && characters.MayPair(text[start], text[start + 1])
        && boundaries.IsTokenBoundary(start) && (boundaries.IsTokenBoundary(start + Length) || IsHeadOfThreeCharacterToken(boundaries, start));

    /// <summary>医瞩时: jieba's HMM glued the two characters and the single one after them into one token of three; the pair may be the
    /// slip (the caller checks that the token is no dictionary word).</summary>
    private static bool IsHeadOfThreeCharacterToken(TokenBoundaries boundaries, int start) =>
        !boundaries.IsTokenBoundary(start + 1) && !boundaries.IsTokenBoundary(start + Length) && boundaries.IsTokenBoundary(start + Length + 1);

    /// <summary>The corrected word for the two characters at <paramref name="start"/>, or null.</summary>
    public static string? Correction(string text, int start, TokenBoundaries boundaries, TokenList tokens, ITokenizer tokenizer, Characters characters)
    {
        if (!MayStartAt(text, start, boundaries, characters)) return null;
        var window = text.AsSpan(start, Length);
        if (tokenizer.GetFrequency(window) > 0 || IsVerbForABit(window, tokenizer) || IsCoinedAbbreviation(text, start) || MayBeName(text, start, tokens, tokenizer)) return null;
        // In a three-character guess the third character must be a word of its own that jieba could not attach (时, 中, 后).
        if (!boundaries.IsTokenBoundary(start + Length)
            && (tokenizer.GetFrequency(text.AsSpan(start, Length + 1)) > 0 || tokenizer.GetFrequency(text.AsSpan(start + Length, 1)) < FreeCharacterFrequency)) return null;
        return BoundCorrection(text, start, boundaries, tokenizer, characters)
            ?? SameToneNearMiss.Correction(text, start, glued: !boundaries.IsTokenBoundary(start + 1), tokenizer, characters);
    }

    /// <summary>The first tier: the written and the substitute character are both bound morphemes.</summary>
    private static string? BoundCorrection(string text, int start, TokenBoundaries boundaries, ITokenizer tokenizer, Characters characters)
    {
        var window = text.AsSpan(start, Length);
        Span<int> frequencies = stackalloc int[MostSubstitutes];
        Span<char> candidate = stackalloc char[Length];
        string? best = null;
        bool split = boundaries.IsTokenBoundary(start + 1);
        int bestFound = 0;
        for (int index = 0; index < Length; index++)
        {
            if (!characters.IsBound(window[index]) || IsParallel(text, start + index)) continue;
            int least = split || characters.IsProductive(window[index], index) ? SplitWordFrequency : GuessWordFrequency;
            int bestFrequency = Math.Max(bestFound, least - 1);
            string substitutes = SameSyllable[window[index]]!;
            var found = frequencies[..substitutes.Length];
            tokenizer.GetFrequencies(window, index, substitutes, found);
            for (int i = 0; i < substitutes.Length; i++)
            {
                if (found[i] <= bestFrequency || !characters.IsBound(substitutes[i])) continue;
                window.CopyTo(candidate);
                candidate[index] = substitutes[i];
                string word = candidate.ToString();
                string? tag = tokenizer.GetWordTag(word);
                if (IsUnsafeCorrection(tag)) continue;
                (best, bestFrequency, bestFound) = (word, found[i], found[i]);
            }
        }
        return best;
    }

    /// <summary>The other characters of the syllable of <paramref name="c"/>'s first reading, empty outside the table.</summary>
    public static string SameSyllableAs(char c) => SameSyllable[c] ?? "";

    /// <summary>True when <paramref name="substitute"/> has the syllable of <paramref name="written"/>'s first reading, tone aside.</summary>
    public static bool IsSameSyllable(char written, char substitute) => SameSyllable[written] is { } group && group.Contains(substitute);

    /// <summary>Warning when Han characters stand on both sides (挖崛红色资源: the slip sits inside running text); info when the
    /// two characters stand alone between punctuation (、肢麻、, an enumerated term the dictionary may simply lack).</summary>
    public static DiagnosticSeverity Severity(string text, int start) =>
        start > 0 && HanText.IsHan(text[start - 1]) && start + Length < text.Length && HanText.IsHan(text[start + Length])
            ? DiagnosticSeverity.Warning : DiagnosticSeverity.Info;

    /// <summary>Per tokenizer, what its dictionary says of single characters: whether each character of the syllable table is bound
    /// (its standalone frequency at most <see cref="BoundFrequency"/>, looked up for all of them at once: a few thousand lookups, no
    /// more than a few paragraphs cost), and, once asked, whether a character is a productive morpheme at a place.</summary>
    internal sealed class Characters
    {
        private const byte Free = 1;
        private const byte BoundCharacter = 2;

        private readonly ITokenizer _tokenizer;

        /// <summary>Per character: 0 outside the syllable table, else <see cref="Free"/> or <see cref="BoundCharacter"/>.</summary>
        private readonly byte[] _kind = new byte[char.MaxValue + 1];

        /// <summary>Per place in the pair and character, once asked: 1 when it is a productive morpheme there, 2 otherwise.</summary>
        private readonly byte[][] _isProductive = [new byte[char.MaxValue + 1], new byte[char.MaxValue + 1]];

        public Characters(ITokenizer tokenizer)
        {
            _tokenizer = tokenizer;
            foreach (char c in AllCharacters) _kind[c] = IsBoundInDictionary(c) ? BoundCharacter : Free;
        }

        /// <summary>True when both characters are in the syllable table and at least one of them is bound.</summary>
        public bool MayPair(char first, char second)
        {
            int a = _kind[first], b = _kind[second];
            return a != 0 && b != 0 && (a == BoundCharacter || b == BoundCharacter);
        }

        /// <summary>True when jieba seldom sees <paramref name="c"/> alone (standalone frequency at most <see cref="BoundFrequency"/>).</summary>
        public bool IsBound(char c) => _kind[c] == 0 ? IsBoundInDictionary(c) : _kind[c] == BoundCharacter;

        private bool IsBoundInDictionary(char c) => _tokenizer.GetFrequency(new ReadOnlySpan<char>(in c)) <= BoundFrequency;

        /// <summary>True when <paramref name="c"/> stands at <paramref name="place"/> (0 first, 1 second) in at least
        /// <see cref="ProductiveWords"/> two-character dictionary words of frequency at least <see cref="ProductiveWordFrequency"/>.
        /// Asked only for the rare windows that reach a correction; one batch lookup over the syllable table per character and place.</summary>
        public bool IsProductive(char c, int place)
        {
            var known = _isProductive[place];
            if (known[c] == 0)
            {
                Span<char> pair = [c, c];
                var frequencies = new int[AllCharacters.Length];
                _tokenizer.GetFrequencies(pair, 1 - place, AllCharacters, frequencies);
                known[c] = frequencies.Count(f => f >= ProductiveWordFrequency) >= ProductiveWords ? (byte)1 : (byte)2;
            }
            return known[c] == 1;
        }
    }

    /// <summary>True when the window may be (part of) a name: it starts with a common surname (何伟), follows one standing alone
    /// (王/何伟), or touches a token jieba tags as a person or place name (nr, ns).</summary>
    private static bool MayBeName(string text, int start, TokenList tokens, ITokenizer tokenizer)
    {
        if (Surnames.Contains(text[start])) return true;
        int index = tokens.IndexAt(start);
        if (index > 0 && tokens[index - 1] is { End: var end } before && end == start
            && (before.Text.Length == 1 && Surnames.Contains(before.Text[0]) || IsNameTag(tokenizer.GetWordTag(before.Text)))) return true;
        int after = tokens.IndexAt(start + Length);
        return after < tokens.Count && tokens[after].Start == start + Length && IsNameTag(tokenizer.GetWordTag(tokens[after].Text));
    }

    /// <summary>A verb and 点 or 些 for "a little" (浇点水, 添些柴): not a misspelt 焦点.</summary>
    private static bool IsVerbForABit(ReadOnlySpan<char> window, ITokenizer tokenizer) =>
        window[1] is '点' or '些' && tokenizer.GetWordTag(window[0].ToString()) is "v";

    /// <summary>Official register coins two-character abbreviations freely: after a numeral (一企一策, 一督到底), as the second half of
    /// 以A促B (以改促效), or as the name of a town, village or street (青杠镇).</summary>
    private static bool IsCoinedAbbreviation(string text, int start) =>
        "一二三四五六七八九十两双多每各".Contains(text[start])
        || start >= 2 && text[start - 2] == '以'
        || start + Length < text.Length && "镇乡村县区市街路山河湖桥".Contains(text[start + Length]);

    /// <summary>The character recurs two places before or after (学纪知纪明纪守纪, 促学促干): a parallel coinage that uses it on purpose.</summary>
    public static bool IsParallel(string text, int at) =>
        at >= 2 && text[at - 2] == text[at] || at + 2 < text.Length && text[at + 2] == text[at];

    /// <summary>A corrected word tagged as a numeral or measure word (一扇, 一发: 一删, 一罚 are a coined 一X了之, not a misspelt
    /// quantity) or as a name (see <see cref="IsNameTag"/>) is no safe guess.</summary>
    public static bool IsUnsafeCorrection(string? tag) => tag is "m" or "q" or "mq" || IsNameTag(tag);

    /// <summary>A person or place name: beside the window it makes the window part of a name; as the correction it is no safe guess
    /// (青杠 is another place than 青冈).</summary>
    private static bool IsNameTag(string? tag) => tag is not null && (tag.StartsWith("nr", StringComparison.Ordinal) || tag.StartsWith("ns", StringComparison.Ordinal));

    private static string?[] LoadSyllables()
    {
        var table = new string?[char.MaxValue + 1];
        foreach (var row in RuleData.ReadTable("character-syllables.tsv"))
        {
            if (row.Length < 2) continue;
            // Characters outside the BMP (𪤗) cannot stand in a char-indexed table; none is in common use.
            string group = new([.. row[1].Where(c => !char.IsSurrogate(c))]);
            foreach (char c in group) table[c] = group.Replace(c.ToString(), "", StringComparison.Ordinal);
        }
        return table;
    }
}
