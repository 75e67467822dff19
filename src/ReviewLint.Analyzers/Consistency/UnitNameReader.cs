using System.Collections.Frozen;
using ReviewLint.Analyzers.Lexicon;
using ReviewLint.Text;
using ReviewLint.Tokenization;

namespace ReviewLint.Analyzers.Consistency;

/// <summary>Reads the name of a unit that ends with a unit suffix (镇、村、中学、集团 …) from the characters before the suffix, so that
/// names jieba split or merged with their neighbours (莲|黄镇, 坪|太镇, 与峰|庄村, 雨花|亭|街道) are read whole.</summary>
/// <remarks>
/// Two readings. <see cref="Walk"/> goes back from the suffix token by token and takes every piece that can be part of a proper
/// name: a token jieba does not know (an invented name), a rare word that is not a verb, adverb or other sentence word by its
/// dictionary class, a single character that is not a function word or a common verb. It stops at punctuation, a mention marker, a pronoun, a generic or ordinary word, and takes at most
/// <see cref="MaxStemLength"/> characters. A token jieba invented from a marker and a name character (与峰, 对旗委) gives up its first
/// character, and the name counts as mentioned after that marker. <see cref="AfterLevel"/> reads the names of units placed under
/// a county or city (临溪县第四中学、临溪县交通投资集团、兴寨县中医院): the stem runs from the level character to the suffix,
/// whatever words it holds.
/// </remarks>
internal static class UnitNameReader
{
    public const int MaxStemLength = 6;
    private const int MaxStemAfterLevel = 8;

    /// <summary>Dictionary words this frequent are ordinary words (带领、落实), not place names, unless listed as names.</summary>
    public const int OrdinaryWordFrequency = 1500;

    /// <summary>Single characters that are words of the sentence, never the end of a name before a unit suffix.</summary>
    private const string FunctionCharacters = "在对把是将与的了中向从由为被给让使及或并而且等各每该此这那本我全其个名所家座两几多些到赴至去往同跟比于以按据经受共抓做要说有搞促让请看讲来已又再也就都还均皆亦仍即年月日号次届获辖";

    /// <summary>Unit suffix characters: a single one before 和 is a unit of the sentence (村和社区), not part of a name.</summary>
    private const string SuffixCharacters = "省市县区旗盟镇乡村";

    /// <summary>Characters that make a stretch after the own place and level (临溪县…中学) a piece of the sentence, not a name.</summary>
    private const string SentenceCharacters = "的了在对把将与和各每该此这那我本全要求按据是为";

    /// <summary>First characters of an invented token (与峰, 对旗委, 所|辖锦华) that are a marker before the name, not part of it.</summary>
    private const string MarkerInitials = "与到赴向至对跟在把给为从辖";

    public const string NeverNameInitials = "各我该每此这那全本";

    /// <summary>True when a single character is a word of the sentence (在、对、去 …), never a name's character.</summary>
    public static bool IsFunctionCharacter(char c) => FunctionCharacters.Contains(c);

    /// <summary>The start of the name whose suffix starts at <paramref name="suffixStart"/>, read back over name-like pieces, and
    /// whether a marker jieba fused with the name's first character (与峰|庄村) stands before it; null when no piece is name-like.</summary>
    public static (int Start, bool MarkerBefore)? Walk(string content, TokenList tokens, ITokenizer tokenizer, FrozenSet<string> notNames,
        FrozenSet<string> frequentNames, FrozenSet<string> mentionMarkers, int suffixStart, int suffixLength)
    {
        int index = tokens.IndexAt(suffixStart);
        if (index >= tokens.Count) return null;
        int start = suffixStart;
        var token = tokens[index];
        if (token.Start < suffixStart)
        {
            // 黄镇, 太镇, 山镇, 坦旗委: jieba read the end of the name with the suffix (but not 城镇化, where the suffix is inside a
            // dictionary word).
            if (!token.IsHan || token.End != suffixStart + suffixLength && tokenizer.GetFrequency(token.Text) > 0) return null;
            start = token.Start;
            if (suffixStart - start == 1 && FunctionCharacters.Contains(content[start])) return null;
        }
        for (int i = tokens.IndexAt(start) - 1; i >= 0; i--)
        {
            var piece = tokens[i];
            if (!piece.IsHan && !IsPlaceholder(piece.Text) || piece.End != start || suffixStart - piece.Start > MaxStemLength) break;
            string text = piece.Text;
            if (IsPlaceholder(text)) { start = piece.Start; continue; }
            if (text == "和" && IsNameHe(tokens, i, content)) { start = piece.Start; continue; }
            if (mentionMarkers.Contains(text) || notNames.Contains(text) || NeverNameInitials.Contains(text[0]) && text.Length == 1) break;
            if (text.Length > 1 && text[^1] == '局') break; // the parent bureau of a branch (规划局|红峰|分局), not part of its name
            long frequency = tokenizer.GetFrequency(text);
            if (text.Length == 1)
            {
                if (FunctionCharacters.Contains(text[0]) && !IsMongolianSyllable(content, tokens, tokenizer, i, suffixStart, suffixLength)) break;
            }
            else if (frequency == 0 && (MarkerInitials.Contains(text[0]) || FunctionCharacters.Contains(text[0])))
            {
                return (piece.Start + 1, MarkerInitials.Contains(text[0]) || mentionMarkers.Contains(text[..1]));
            }
            else if (frequency >= OrdinaryWordFrequency && !frequentNames.Contains(text) && !IsNameDespiteFrequency(text) || NeverNameInitials.Contains(text[0])
                     || frequency > 0 && !frequentNames.Contains(text) && (IsSentenceWordClass(tokenizer.GetWordTag(text)) || StartsWithSentenceWord(text, tokenizer)
                         || IsPredicateOfVerbBefore(tokens, tokenizer, i)))
            {
                break;
            }
            start = piece.Start;
        }
        return start < suffixStart ? (start, false) : null;
    }

    /// <summary>Function characters that are also syllables of Mongolian names (敖|都, 其其格, 格|日|勒).</summary>
    private const string MongolianSyllables = "都其日";

    /// <summary>True when a lone 都、其 or 日 right before 嘎查 or 苏木 ends a Mongolian name jieba split (乌兰|敖|都|嘎查): the piece
    /// before it is a rare Han piece of the name, not a word of the sentence (牧民|都 is no name: 牧民 is an ordinary word).</summary>
    private static bool IsMongolianSyllable(string content, TokenList tokens, ITokenizer tokenizer, int index, int suffixStart, int suffixLength)
    {
        var piece = tokens[index];
        if (!MongolianSyllables.Contains(piece.Text[0]) || piece.End != suffixStart || index == 0) return false;
        if (!content.AsSpan(suffixStart, suffixLength).SequenceEqual("嘎查") && !content.AsSpan(suffixStart, suffixLength).SequenceEqual("苏木")) return false;
        var before = tokens[index - 1];
        return before.IsHan && before.End == piece.Start && !(before.Text.Length == 1 && (FunctionCharacters.Contains(before.Text[0]) || SuffixCharacters.Contains(before.Text[0])))
            && tokenizer.GetFrequency(before.Text) < OrdinaryWordFrequency && !NeverNameInitials.Contains(before.Text[0]);
    }

    /// <summary>True when a lone 和 is a name's character (呼|和|锡林, 岗|和|市委, 和|岭社区 at the start of a clause), not the
    /// conjunction: a single name character stands before it, or nothing of the clause does.</summary>
    private static bool IsNameHe(TokenList tokens, int index, string content)
    {
        if (index == 0) return true;
        var before = tokens[index - 1];
        if (before.End != tokens[index].Start || !before.IsHan || content.AsSpan(before.Start, before.Span.Length).ContainsAny('\n', '\r')) return true;
        return before.Text.Length == 1 && !FunctionCharacters.Contains(before.Text[0]) && !SuffixCharacters.Contains(before.Text[0]);
    }

    /// <summary>Word classes of jieba's dictionary that are words of the sentence, not names, however rare (聚焦、引领 v; 随即 d):
    /// verbs, adverbs, prepositions, conjunctions, pronouns, particles and time words.</summary>
    private static bool IsSentenceWordClass(string? tag) => tag is "v" or "vd" or "vi" or "vg" or "vq" or "d" or "p" or "c" or "r" or "u" or "t";

    /// <summary>True when an ordinary adjective of jieba's dictionary (壮大 a, 富裕 a) follows a verb or ends a dictionary phrase the word before
    /// it begins (发展|壮大 of 发展壮大, 扶持|壮大): it is the head of a verb phrase whose object is the unit (壮大嘎查集体经济), not a name.
    /// Listed names (幸福、团结) are not asked.</summary>
    /// <summary>Adjectives rarer than this are syllables of names (浩特 3, 平松 6: 推动浩特阿拉坦嘎查, 带领平松村), not words of the sentence.</summary>
    private const int OrdinaryAdjectiveFrequency = 100;

    private static bool IsPredicateOfVerbBefore(TokenList tokens, ITokenizer tokenizer, int index)
    {
        var piece = tokens[index];
        if (index == 0 || tokenizer.GetWordTag(piece.Text) is not "a" and not "ad" || tokenizer.GetFrequency(piece.Text) < OrdinaryAdjectiveFrequency) return false;
        var before = tokens[index - 1];
        if (!before.IsHan || before.End != piece.Start) return false;
        return tokenizer.GetWordTag(before.Text) is ['v', ..] || tokenizer.GetFrequency(before.Text + piece.Text) > 0;
    }

    /// <summary>True when a dictionary word of three or more characters is an ordinary sentence word followed by another word
    /// (严格|执行, which jieba's dictionary also holds whole, tagged as a name): a verb or adverb of ordinary frequency opens it.</summary>
    private static bool StartsWithSentenceWord(string text, ITokenizer tokenizer)
    {
        for (int cut = 2; cut < text.Length; cut++)
        {
            string head = text[..cut];
            if (tokenizer.GetFrequency(head) >= OrdinaryWordFrequency && tokenizer.GetWordTag(head) is "v" or "ad" or "d" && tokenizer.GetFrequency(text[cut..]) > 0)
                return true;
        }
        return false;
    }

    /// <summary>The stem between the level character (县、市、区、旗) after the own place name and the suffix (临溪县|第四|中学,
    /// 兴寨县|中|医院), when only Han characters stand between; null otherwise.</summary>
    /// <remarks>Only after the own county's or city's name (临溪县), so that the stem is a name under the same level and not a
    /// stretch of the sentence (县教育局要求各中学); the stem holds no function word (的、在、各 …).</remarks>
    public static TextSpan? AfterLevel(string content, int suffixStart, string ownPlace, char level)
    {
        for (int p = suffixStart - 1; p >= 0 && suffixStart - p <= MaxStemAfterLevel + 1; p--)
        {
            char c = content[p];
            if (c == level)
            {
                if (p + 1 == suffixStart || p < ownPlace.Length || !content.AsSpan(p - ownPlace.Length, ownPlace.Length).SequenceEqual(ownPlace)) return null;
                var stem = content.AsSpan(p + 1, suffixStart - p - 1);
                return stem.IndexOfAny(SentenceCharacters) < 0 ? TextSpan.FromBounds(p + 1, suffixStart) : null;
            }
            if (c is < '\u4e00' or > '\u9fa5') return null;
        }
        return null;
    }

    /// <summary>The stem of a school's name inside a university (材料科学与工程|学院 in a report of 华岳理工大学机械与车辆工程学院), which is
    /// made of ordinary nouns that <see cref="Walk"/> does not take for a name: read back from the suffix over nouns of jieba's
    /// dictionary (公共 b, 管理 vn), not over words it does not know (一是), joined by 与 or 和 (a verb may follow them: 数学与统计), up to the own
    /// university's name (<paramref name="parent"/>) or the first other word (推动|机械工程学院); a 与 or 和 that would open the stem
    /// is left before it as a mention marker (主动与|马克思主义学院). Null when fewer than two characters are read.</summary>
    public static TextSpan? SchoolInsideParent(string content, TokenList tokens, ITokenizer tokenizer, FrozenSet<string> notNames,
        FrozenSet<string> mentionMarkers, string parent, int suffixStart)
    {
        if (suffixStart == 0) return null;
        int start = suffixStart;
        for (int i = tokens.IndexAt(suffixStart - 1); i >= 0 && i < tokens.Count; i--)
        {
            var token = tokens[i];
            bool crossesSuffix = start == suffixStart && token.End > suffixStart;
            if (token.End != start && !crossesSuffix || !token.IsHan || content.AsSpan(0, start).EndsWith(parent, StringComparison.Ordinal)) break;
            string piece = token.End <= suffixStart ? token.Text : content[token.Start..suffixStart];
            if (suffixStart - token.Start > MaxSchoolStem || notNames.Contains(piece) || NeverNameInitials.Contains(piece[0])) break;
            bool conjunction = piece is "与" or "和";
            if (!conjunction && mentionMarkers.Contains(piece)) break;
            string? tag = tokenizer.GetFrequency(piece) > 0 ? tokenizer.GetWordTag(piece) : null;
            bool noun = tag is not null && (tag[0] == 'n' || tag is "vn" or "j" or "b");
            bool coordinatedVerb = tag is "v" && i > 0 && tokens[i - 1].Text is "与" or "和" && tokens[i - 1].End == token.Start;
            if (!conjunction && !noun && !coordinatedVerb) break;
            start = token.Start;
        }
        while (start < suffixStart && content[start] is '与' or '和') start++;
        return suffixStart - start >= 2 ? TextSpan.FromBounds(start, suffixStart) : null;
    }

    private const int MaxSchoolStem = 12;

    /// <summary>XX, 某某: a template's placeholder for a name (empty text counts as one).</summary>
    public static bool IsPlaceholder(string text) => text.AsSpan().IndexOfAnyExcept("XＸx×＊*某○") < 0;

    /// <summary>第二, 第十四: an ordinal names a school (第二中学) although it is an ordinary word.</summary>
    private static bool IsOrdinal(string text) =>
        text.Length is >= 2 and <= 4 && text[0] == '第' && text.AsSpan(1).IndexOfAnyExcept("一二三四五六七八九十") < 0;

    /// <summary>东湖, 南湖, 南海, 西关: a direction and a feature of the land name a place, although jieba counts some of them as
    /// frequent words (东湖 1866), like the ordinal of a school.</summary>
    private static bool IsDirectionalPlace(string text) =>
        text.Length == 2 && "东西南北中".Contains(text[0]) && "湖江河山海城关门桥塘溪岭".Contains(text[1]);

    /// <summary>A frequent dictionary word that still names a place or a school: an ordinal (第二) or a direction with a land feature (东湖).</summary>
    public static bool IsNameDespiteFrequency(string text) => IsOrdinal(text) || IsDirectionalPlace(text);
}
