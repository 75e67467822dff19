using System.Collections.Frozen;
using ReviewLint.Analyzers.Lexicon;
using ReviewLint.Text;
using ReviewLint.Tokenization;

namespace ReviewLint.Analyzers.Repetition;

/// <summary>A repetition found by <see cref="RepetitionFinder"/>: the span to replace, the replacement, whether the fix is
/// safe, the repeated unit and how many copies of it are extra.</summary>
internal sealed record RepetitionFinding(TextSpan Span, string Replacement, bool IsFixSafe, string Unit, int ExtraCopies);

/// <summary>Finds accidental repetitions in one document from its shared tokens, jieba's dictionary and the
/// <see cref="ReduplicationLexicon"/>.</summary>
internal sealed partial class RepetitionFinder(string text, TokenList tokens, ITokenizer tokenizer, ReduplicationLexicon lexicon)
{
    /// <summary>Numerals (二〇二二年, 一九九九年) and the placeholder 某 double legitimately.</summary>
    private const string NeverRepeated = "〇零一二三四五六七八九十百千万亿两某";

    /// <summary>Interjections and onomatopoeia that may be tripled (哈哈哈).</summary>
    private const string Interjections = "哈呵嘻嘿啦哇呜嗯啊哦噢咚嘀嗒叮当啪轰隆砰咯嘎吱喔嗷嘟滴";

    /// <summary>Particles that follow a word ending in the same character (目的的, 受不了了) and place-name suffixes (古镇镇, 津市市).</summary>
    private const string AttachesToSameCharacter = "的地了过吗呢吧啊镇市县区乡村街州盟旗省路道站港湖山河江岛";

    /// <summary>Function characters that cannot follow a word ending in themselves (我们们, 显得得, 跟着着, 遇到到, 其他他,
    /// 根据据, 总是是, 没有有, 为此此, 尤其其, 交给给, 对于于, 以及及, 一些些, 有所所), except 是 after 实事求是-like words and
    /// 一是/二是, and except before a word they start (所有/有关, 因此/此次, 以及/及时). Unlike 可以/以, 现在/在, 主要/要,
    /// 其中/中, 通过/过, 因为/为, whose second copy is often a word of its own (可以以此, 现在在京, 主要要靠, 没有通过过).</summary>
    private const string EndsWordAndNeverFollowsIt = "们得着到他据是有此其给于及些所";

    /// <summary>First characters of 一条条-style measure reduplication …</summary>
    private const string QuantityPrefixes = "一两几这那每";

    /// <summary>… unless the word is not a quantity (一起起, 一直直, 一定定, 一些些).</summary>
    private const string NotQuantities = "起直定切般样致再同向旦律度线体心意齐共贯举早时些";

    /// <summary>Suffixes of units and offices that start the title of their head (防治司司长, 教育局局长, 组织部部长, 耕地保护股股长).</summary>
    private const string OrganizationSuffixes = "股司局处科部厅委办院所校馆站队组会厂社团室镇市县区乡村街州盟旗省军师旅营连排班";

    /// <summary>Degree adverbs whose phrase with an adjective repeats for emphasis (很长很长, 好大好大).</summary>
    private const string DegreeAdverbs = "很好真太多老挺最更";

    /// <summary>Suffixes that segmentation splits off an unknown compound before a word starting with them (蒙古史/史料, 行业/业态).</summary>
    private const string CompoundSuffixes = "史学业性化法家者员界类型式论观感力率度品物费税价量";

    /// <summary>Particles that may follow a clause-final 了 (办不了了吧, 受不了了啊).</summary>
    private const string ClauseFinalParticles = "吧啊呀吗呢嘛哇啦之的";

    /// <summary>Numerals that make the character after them a measure word (第二周/周四, 第一年/年底, 3天/天亮).</summary>
    private const string TimeMeasureWords = "年月日周天";
    private const string Numerals = "〇零一二三四五六七八九十百千万两0123456789０１２３４５６７８９";

    /// <summary>The longest stretch <see cref="AddDoubledStretches"/> looks for.</summary>
    private const int MaxStretchLength = 8;

    /// <summary>The longest word looked up by <see cref="MergesIntoLongerWord"/>.</summary>
    private const int MaxMergedLength = 6;

    /// <summary>jieba's total frequency (about 6·10⁷) times the chance that a character is typed twice (taken as 1 in 2,000).</summary>
    private const long TypoOdds = 30_000;

    /// <summary>The frequency jieba gives to the rarest entries of its dictionary (度度, 推推 and many other AA strings).</summary>
    private const long RareFrequency = 3;

    /// <summary>Light verbs that start a verb phrase after a word ending in the same character (工作/作/交流发言, 工作/做/表率).</summary>
    private const string LightVerbs = "作做";

    /// <summary>The usual objects of 作/做 in reports (作交流发言, 做表率, 作说明): after 工作/合作/写作 the light verb
    /// with one of them is a phrase of its own, while 合作作出版 is a slip.</summary>
    private static readonly FrozenSet<string> LightVerbObjects = FrozenSet.ToFrozenSet(
    [
        "交流", "发言", "报告", "讲话", "表态", "说明", "解释", "汇报", "介绍", "总结", "部署", "安排", "动员", "批示", "指示",
        "检查", "检讨", "示范", "表率", "榜样", "贡献", "决定", "决策", "回应", "答复", "承诺", "评价", "结论", "分析", "准备",
        "努力", "调整", "处理", "记录", "笔记", "典型", "辅导", "宣讲", "点评", "陈述", "发动", "研判", "提示", "强调", "要求",
    ], StringComparer.Ordinal);

    /// <summary>The longest word <see cref="IsWordWith(ReadOnlySpan{char}, ReadOnlySpan{char})"/> builds on the stack.</summary>
    private const int MaxStackWord = 64;

    /// <summary>Adds to <paramref name="findings"/> the runs of one Han character (还还, 们们, 作作作) that are not reduplication,
    /// a word-boundary double or a name. (Loops that visit every character are plain methods, not iterators, so their
    /// locals stay in registers.)</summary>
    public void AddCharacterRuns(List<RepetitionFinding> findings)
    {
        ReadOnlySpan<char> chars = text;
        int i = 0;
        while (i + 1 < chars.Length)
        {
            char c = chars[i];
            if (chars[i + 1] != c || !HanText.IsHan(c))
            {
                i++;
                continue;
            }
            int end = i + 2;
            while (end < chars.Length && chars[end] == c) end++;
            if (EvaluateRun(i, end) is { } finding) findings.Add(finding);
            i = end;
        }
    }

    /// <summary>Adds to <paramref name="findings"/> each word followed by the same word (产业链产业链, 加快加快), where the word cannot
    /// reduplicate as ABAB the way 研究研究 or 雪白雪白 can; or a listed non-reduplicating word followed by a longer word starting
    /// with it (不断不断加强); or a word typed again after a longer word that ends in it (贯彻落实/落实, 全面加强/加强).</summary>
    public void AddDoubledWords(List<RepetitionFinding> findings)
    {
        if (tokens.Count < 2) return;
        var next = tokens[0];
        for (int k = 0; k + 1 < tokens.Count; k++)
        {
            var first = next;
            next = tokens[k + 1];
            // Both cases below need a second word of two or more characters that shares its first (加快加快) or its last
            // character (贯彻落实/落实) with the first word: most pairs fail this at once.
            if (next.Text.Length < 2 || next.Text[0] != first.Text[0] && next.Text[^1] != first.Text[^1]) continue;
            if (IsWordAgainAfterWordEndingInIt(first, next, k + 2))
            {
                var tail = new TextSpan(first.End - next.Text.Length, next.Text.Length * 2);
                bool safeTail = next.Text.Length >= 3 || lexicon.NonReduplicatingWords.Contains(next.Text);
                findings.Add(new RepetitionFinding(tail, next.Text, safeTail, next.Text, ExtraCopies: 1));
                continue;
            }
            if (next.Text.Length < 2 || next.Text[0] != first.Text[0]) continue;
            if (!first.IsHan || first.Text.Length < 2 || !next.Text.StartsWith(first.Text, StringComparison.Ordinal)) continue;
            bool nextIsLonger = next.Text.Length > first.Text.Length;
            if (nextIsLonger ? !lexicon.NonReduplicatingWords.Contains(first.Text) && !IsAttributeBeforeItsCompound(first, next, k) && !IsWordBeforeItsAgentNoun(first, next)
                    && !IsNounBeforeItsCompound(first, next)
                : !CannotReduplicate(first, k + 2) || IsChainedByShi(k)) continue;
            var span = new TextSpan(first.Start, first.Text.Length * 2);
            bool safe = first.Text.Length >= 3 || lexicon.NonReduplicatingWords.Contains(first.Text);
            findings.Add(new RepetitionFinding(span, first.Text, safe, first.Text, ExtraCopies: 1));
        }
    }

    /// <summary>Adds to <paramref name="findings"/> each stretch of Han characters typed twice that is not a dictionary word in
    /// its own token (those are left to <see cref="AddDoubledWords"/>): three or more characters (纪馨芳纪馨芳, 以武养以武养武), or
    /// two that are no dictionary word (前有前有, 年里年里); not listed (一天一天), not emphasis (很高很高, 跑着跑着, 一口一口地), not
    /// numerals or interjections, not overlapping <paramref name="found"/>.</summary>
    public void AddDoubledStretches(IReadOnlyList<RepetitionFinding> found, List<RepetitionFinding> findings)
    {
        ReadOnlySpan<char> chars = text;
        for (int i = 0; i + 4 <= chars.Length; i++)
        {
            char c = chars[i];
            if (!HanText.IsHan(c)) continue;
            // The second copy starts with c: look for c at i + 2 … i + longest (at most seven characters, so a plain loop
            // costs less than a vectorized search), shortest length first.
            int lastLength = Math.Min(MaxStretchLength, (chars.Length - i) / 2);
            for (int length = 2; length <= lastLength; length++)
            {
                if (chars[i + length] != c || !IsDoubledStretch(i, length)) continue;
                var span = new TextSpan(i, 2 * length);
                if (OverlapsAny(found, span)) continue;
                string unit = text.Substring(i, length);
                findings.Add(new RepetitionFinding(span, unit, false, unit, ExtraCopies: 1));
                i += 2 * length - 1;
                break;
            }
        }
    }

    /// <summary>乡镇的服务服务半径, 窗口的服务服务态度: after 的 a noun phrase follows, so a word followed by a dictionary compound of itself and
    /// another word of two or more characters is a slip, not a verb taking that compound as its object (研究研究方法, 服务服务业 stay).
    /// 军人服务服务态度: a compound headed by a quality noun (态度, 水平, 作风) is never the object of its own first word, 的 or not.</summary>
    private bool IsAttributeBeforeItsCompound(Token first, Token next, int k) =>
        next.Start == first.End && next.Text.Length - first.Text.Length >= 2 && tokenizer.GetFrequency(next.Text) > 0
        && (k >= 1 && tokens[k - 1] is { Text: "的" } de && de.End == first.Start || QualityNouns.Contains(next.Text[first.Text.Length..]));

    /// <summary>数据/数据分析, 干部/干部队伍: a word jieba tags only as a noun (n), right before a dictionary compound of itself and a word of
    /// two or more characters; a noun neither reduplicates nor takes its own compound as an object (verbs do: 研究研究方法).</summary>
    private bool IsNounBeforeItsCompound(Token first, Token next) =>
        next.Start == first.End && next.Text.Length - first.Text.Length >= 2 && tokenizer.GetWordTag(first.Text) == "n" && tokenizer.GetFrequency(next.Text) > 0;

    /// <summary>One-character suffixes that make a person of the word before them (网格员, 驾驶员, 工作者, 组长).</summary>
    private const string AgentSuffixes = "员者长手师";

    /// <summary>网格/网格员, 管理/管理员: a word typed again as the head of its agent noun; no phrase puts a word before the person
    /// named after it.</summary>
    private bool IsWordBeforeItsAgentNoun(Token first, Token next) =>
        next.Start == first.End && next.Text.Length == first.Text.Length + 1 && AgentSuffixes.Contains(next.Text[^1]) && tokenizer.IsWord(first.Text);

    /// <summary>Nouns naming a quality of what the word before them does (服务态度, 工作作风, 管理水平): no verb takes such a compound of itself.</summary>
    private static readonly FrozenSet<string> QualityNouns = FrozenSet.ToFrozenSet(
        ["态度", "作风", "水平", "质量", "能力", "意识", "效率", "效能", "理念", "半径"], StringComparer.Ordinal);

    private static bool OverlapsAny(IReadOnlyList<RepetitionFinding> found, TextSpan span)
    {
        for (int f = 0; f < found.Count; f++)
            if (found[f].Span.OverlapsWith(span)) return true;
        return false;
    }

    private bool IsDoubledStretch(int start, int length)
    {
        var first = text.AsSpan(start, length);
        if (!first.SequenceEqual(text.AsSpan(start + length, length)) || !HanText.IsHan(first)) return false;
        if (first.IndexOfAnyExcept(first[0]) < 0 || first.ContainsAny(NeverRepeated) || first.ContainsAny(Interjections)) return false;
        // A copy that is a dictionary word in a token of its own is left to AddDoubledWords (研究研究, 很高很高).
        if (tokens.IndexAt(start) is var k && k < tokens.Count && tokens[k].Start == start && tokens[k].Text.Length == length && IsWord(first)) return false;
        if (lexicon.IsListedDoubled(first) || start + 2 * length < text.Length && text[start + 2 * length] == '地') return false;
        return length > 2 || !IsWord(first) && !DegreeAdverbs.Contains(first[0]) && first[1] != '着';
    }

    /// <summary>贯彻落实/落实: a dictionary word of two or more characters right after a longer dictionary word that ends in it, whose
    /// head is a word too (贯彻), where the repeated word cannot reduplicate (not 研究研究, 很高很高, 想着想着).</summary>
    private bool IsWordAgainAfterWordEndingInIt(in Token first, in Token next, int afterIndex)
    {
        if (!first.IsHan || !next.IsHan || next.Text.Length < 2 || first.Text.Length <= next.Text.Length || first.End != next.Start) return false;
        if (!first.Text.EndsWith(next.Text, StringComparison.Ordinal) || !tokenizer.IsWord(first.Text)) return false;
        return IsWord(first.Text.AsSpan(0, first.Text.Length - next.Text.Length)) && CannotReduplicate(next, afterIndex) && !IsChainedByShi(afterIndex - 2);
    }

    /// <summary>是粗犷粗犷是温柔: a chain “A是W，W是B” written without its comma repeats W between two 是 on purpose.</summary>
    private bool IsChainedByShi(int firstIndex) =>
        firstIndex > 0 && tokens[firstIndex - 1].Text == "是" && firstIndex + 2 < tokens.Count && tokens[firstIndex + 2].Text == "是";

    /// <summary>A dictionary word that is not listed as an ABAB reduplication (研究研究, 雪白雪白, 一天一天), not a number,
    /// not a degree adverb with its adjective (很长很长), not a verb with 着 (想着想着), not onomatopoeia (沙沙沙沙) and,
    /// unless it is a listed non-reduplicating word, not an adverbial before 地 (大口大口地).</summary>
    private bool CannotReduplicate(Token word, int afterIndex)
    {
        string w = word.Text;
        if (NeverRepeated.Contains(w[0]) || w[0] == w[1] || lexicon.IsListedDoubled(w) || !tokenizer.IsWord(w)) return false;
        if (lexicon.NonReduplicatingWords.Contains(w)) return true;
        bool adverbial = afterIndex < tokens.Count && tokens[afterIndex].Text == "地";
        return !adverbial && !(w.Length == 2 && (DegreeAdverbs.Contains(w[0]) || w[1] == '着'));
    }

    /// <summary>Characters that frame a verb on both sides (越飞越高, 边走边看, 又快又好, 一心一意, 愈演愈烈, 不折不扣).</summary>
    private const string FrameCharacters = "越愈边又一不";

    /// <summary>上线线上, 下乡乡下: the run joins two dictionary words that are each other's reverse (AB BA), whatever the segmentation:
    /// the writer put them side by side on purpose (上线 线上办理), where one copy less leaves no word (上线上). Not when one copy less
    /// leaves a frame such as 越…越, 边…边 (越飞飞越高 → 越飞越高).</summary>
    private bool IsChiasmus(int start) =>
        start >= 1 && start + 2 < text.Length && text[start - 1] == text[start + 2] && HanText.IsHan(text[start - 1]) && !FrameCharacters.Contains(text[start - 1])
        && IsWord(text.AsSpan(start - 1, 2)) && IsWord(text.AsSpan(start + 1, 2));

    private RepetitionFinding? EvaluateRun(int start, int end)
    {
        char c = text[start];
        int count = end - start;
        if (NeverRepeated.Contains(c) || IsPartOfAabb(start, end)) return null;
        int leftIndex = tokens.IndexAt(start);
        int rightIndex = tokens.IndexAt(end - 1);
        if (leftIndex >= tokens.Count || rightIndex >= tokens.Count) return null;
        var left = tokens[leftIndex];
        var right = tokens[rightIndex];
        bool isFunctionCharacter = lexicon.FunctionCharacters.Contains(c);
        // 把把关不严, 被被动卷入: the function character before a word starting with it, where that word cannot be what the
        // character needs after it; checked before the listed contexts, since 把把关 is also a tentative reduplication (请专家把把关).
        // The first copy must start its token: in 研究所/所长, 因此/此次 it ends a word.
        if (count == 2 && isFunctionCharacter && left.Start == start && OwnWordAfter(start + 1, rightIndex) is { } ownWord && LacksWhatItNeeds(c, ownWord, end - 1)) return Build(start, end, left, right, safe: true);
        if (lexicon.CoversLegitimately(text, start, end, tokens)) return null;
        if (count == 2 && IsYearThenPartOfYear(start)) return null;
        if (count == 2 && IsChiasmus(start)) return null;
        if (count == 2 && IsMisspeltReduplication(start, end)) return null;
        // 每名/名师, 每名/名老中医: a measure word after a quantity, then the same character heading the noun (名 + 老中医, as in 名医);
        // unless one copy less merges into a longer word (每周周五 → 每周五).
        if (count == 2 && IsMeasureAfterQuantity(start) && SecondCopyPrefixesNoun(start, end) && !MergesIntoLongerWord(start)) return null;
        if (count >= 3)
        {
            // 工作作作风, 层层层落实, 还还还; a free-standing run of another character is onomatopoeia (沙沙沙沙).
            bool insideWord = left.Start < start || right.End > end;
            if (Interjections.Contains(c) || leftIndex == rightIndex && tokenizer.IsWord(left.Text) || !insideWord && !isFunctionCharacter) return null;
            return Build(start, end, left, right, safe: true);
        }
        if (leftIndex == rightIndex)
        {
            // Both copies inside one token: a dictionary word (常常, 今年年初), or an HMM guess: a function character (地地), or a
            // content character that does not reduplicate (富富, 坝坝) or that leaves a longer word when removed (当务务之急, 各具具特色).
            if (IsFloorReduplicatedVerbBeforeObject(left, leftIndex)) return Build(start, end, left, right, safe: false);
            if (tokenizer.IsWord(left.Text)) return null;
            if (isFunctionCharacter) return Build(start, end, left, right, safe: true);
            bool isError = left.Text.Length == 2 ? IsUnreduplicatedContentCharacter(c, start, end) : count == 2 && (MergesIntoLongerWord(start) || IsDoubledMeasureBeforeNoun(left, start, end));
            return isError ? Build(start, end, left, right, safe: false) : null;
        }
        if (left.Text.Length == 1 && right.Text.Length == 1)
        {
            // 还/还, 的/的: two single-character tokens; a content character only when it does not reduplicate (扔/扔). In 在/在/建工/地
            // segmentation went astray: the second 在 starts a word (在建) after which a word crosses the next token (工地).
            if (isFunctionCharacter) return OwnWordAfter(start + 1, rightIndex) is null ? Build(start, end, left, right, safe: true) : null;
            return IsUnreduplicatedContentCharacter(c, start, end) ? Build(start, end, left, right, safe: false) : null;
        }
        if (right.Text.Length == 1)
        {
            // 组都/都/是: segmentation glued the first copy of a function character to the character before it into no word.
            if (isFunctionCharacter && left.Text.Length == 2 && !tokenizer.IsWord(left.Text) && HanText.IsHan(left.Text[0])) return Build(start, end, left, right, safe: true);
            if (IsMeasureReduplicationAfterWord(c, start, left)) return null;
            return IsWordThenItsLastCharacter(left, c, end) ? Build(start, end, left, right, safe: true) : null;
        }
        if (left.Text.Length == 1)
        {
            return IsCharacterThenWordStartingWithIt(c, leftIndex, right) ? Build(start, end, left, right, safe: isFunctionCharacter) : null;
        }
        // 学习/习近平, 工作/作风: the copies belong to two words; unless one of them is an HMM guess glued to a copy (那盛/盛开, 满意/意地),
        // or the text with one copy less holds a longer word across it (不利/利于 → 不利于, 引人注/注目 → 引人注目).
        return IsGuessGluedToCopy(left, right) || IsWordThenGuessGluedToCopy(left, right, c) || IsVerbWithoutObject(left, right)
            || count == 2 && (MergesIntoLongerWord(start) || IsLikelierWithOneCopy(left, right))
            ? Build(start, end, left, right, safe: false) : null;
    }
}
