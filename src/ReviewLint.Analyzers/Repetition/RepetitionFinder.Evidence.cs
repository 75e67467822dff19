using System.Collections.Frozen;
using ReviewLint.Analyzers.Lexicon;
using ReviewLint.Tokenization;

namespace ReviewLint.Analyzers.Repetition;

/// <summary>The tests that tell an accidental copy from a word boundary or a reduplication (verbs without objects, measure words, glued guesses, modal 要, AABB).</summary>
internal sealed partial class RepetitionFinder
{
    /// <summary>能力还有/有限；: a two-character verb ending in 有 (还有, 都有, 也有) needs an object, but the word after it that starts
    /// with 有 is an adjective ending the clause (有限, 有效): the 有 was typed twice (能力还有限). 还有有效办法 and 都有有利条件 go on to a noun.</summary>
    private bool IsVerbWithoutObject(Token left, Token right) =>
        left.Text.Length == 2 && left.Text[1] == '有' && right.Text[0] == '有' && tokenizer.GetWordTag(left.Text) == "v"
        && tokenizer.GetWordTag(right.Text) == "a" && IsClauseEnd(right.End);

    /// <summary>第二周, 每周, 三年: a word ending in a measure word after a numeral or a quantity prefix (not 一起, 这样).</summary>
    private static bool IsQuantity(string word) =>
        word.Length >= 2 && (Numerals.Contains(word[^2]) || QuantityPrefixes.Contains(word[^2]) && !NotQuantities.Contains(word[^1]));

    /// <summary>落实/实到: the dictionary words that meet at the copies are less likely than either of them followed or preceded by what is
    /// left of the other (落实 到), by the same noisy-channel test as <see cref="MergesIntoLongerWord"/>: f(left) · f(right) ·
    /// <see cref="JiebaFrequencies.DictionaryTotal"/> &lt; <see cref="TypoOdds"/> · max(f(left) · f(right minus the copy), f(left minus the copy) · f(right)).</summary>
    private bool IsLikelierWithOneCopy(Token left, Token right)
    {
        // 第二周/周四, 每周/周五: after a numeral or 每 the first copy is a measure word, and the word after it a phrase of its own.
        if (OrganizationSuffixes.Contains(right.Text[0]) || IsQuantity(left.Text)) return false;
        long leftFrequency = tokenizer.GetFrequency(left.Text), rightFrequency = tokenizer.GetFrequency(right.Text);
        if (leftFrequency == 0 || rightFrequency == 0) return false;
        long rest = Math.Max(leftFrequency * tokenizer.GetFrequency(right.Text.AsSpan(1)), tokenizer.GetFrequency(left.Text.AsSpan(0, left.Text.Length - 1)) * rightFrequency);
        return (double)rest * TypoOdds > (double)leftFrequency * rightFrequency * JiebaFrequencies.DictionaryTotal;
    }

    /// <summary>True when the text without the first copy at <paramref name="start"/> has a dictionary word of three or more
    /// characters that contains the remaining copy with characters on both sides of it (执政政党 → 执政党, 第四季季度 → 第四季度),
    /// and that reading is more likely than two words meeting at the copies (电话/话费, 水生/生物, 西藏/藏文): a noisy-channel
    /// choice with jieba's frequencies, f(merged) · <see cref="TypoOdds"/> &gt; f(best word ending at the first copy) · f(best word
    /// starting at the second).</summary>
    private bool MergesIntoLongerWord(int start)
    {
        if (OrganizationSuffixes.Contains(text[start])) return false;
        long merged = 0;
        Span<char> word = stackalloc char[MaxMergedLength];
        for (int from = Math.Max(0, start - MaxMergedLength + 2); from < start; from++)
        {
            text.AsSpan(from, start - from).CopyTo(word);
            for (int to = start + 3; to <= text.Length && to - from - 1 <= MaxMergedLength; to++)
            {
                text.AsSpan(start + 1, to - start - 1).CopyTo(word[(start - from)..]);
                var merging = word[..(to - from - 1)];
                if (HanText.IsHan(merging)) merged = Math.Max(merged, tokenizer.GetFrequency(merging));
            }
        }
        if (merged == 0) return false;
        long left = 0, right = 0;
        for (int length = 2; length <= MaxMergedLength; length++)
        {
            if (start + 1 - length >= 0) left = Math.Max(left, tokenizer.GetFrequency(text.AsSpan(start + 1 - length, length)));
            if (start + 1 + length <= text.Length) right = Math.Max(right, tokenizer.GetFrequency(text.AsSpan(start + 1, length)));
        }
        return merged * TypoOdds > left * right;
    }

    /// <summary>Quantities before a measure word (每名, 各位, 一名, 三项).</summary>
    private const string MeasuredQuantities = "每各几一两三四五六七八九十百千0123456789０１２３４５６７８９";

    /// <summary>每名, 各位, 三名: the character at <paramref name="start"/> follows a quantity and is a measure word in jieba's dictionary
    /// (tag q: 名, 位, 个, 家, 批; not 分, 支, 总, which the dictionary gives other parts of speech).</summary>
    private bool IsMeasureAfterQuantity(int start) =>
        start > 0 && MeasuredQuantities.Contains(text[start - 1]) && tokenizer.GetWordTag(text[start].ToString()) == "q";

    /// <summary>名师, 名誉会员, 名老中医: the second copy starts a common noun of the dictionary (名师, 名誉; above jieba's floor frequency),
    /// or heads the longer dictionary word after the run the way it heads a word with that word's last character (名 + 老中医 as in
    /// 名医); 名 + 党员 does neither, nor 名 + 白人 (two characters: 名人 is no evidence).</summary>
    private bool SecondCopyPrefixesNoun(int start, int end)
    {
        for (int length = 2; length <= 4 && start + 1 + length <= text.Length; length++)
        {
            var word = text.AsSpan(start + 1, length);
            if (tokenizer.GetFrequency(word) > RareFrequency && tokenizer.GetWordTag(word.ToString()) is ['n', ..]) return true;
        }
        return WordAt(end) is { Length: >= 3 } noun && tokenizer.GetFrequency([text[start], noun[^1]]) > RareFrequency;
    }

    /// <summary>每名名/党员, 三名名/干部: segmentation glued a quantity and a measure word typed twice into one token, before a dictionary
    /// word that the measure does not head (<see cref="SecondCopyPrefixesNoun"/>); not after 一 (一名名, 一个个 reduplicate the measure:
    /// one after another), and not a measure that reduplicates (个个, 家家).</summary>
    private bool IsDoubledMeasureBeforeNoun(Token glued, int start, int end) =>
        glued.Start == start - 1 && glued.End == end && text[start - 1] != '一' && IsMeasureAfterQuantity(start)
        && !CanReduplicate(text[start]) && WordAt(end) is not null && !SecondCopyPrefixesNoun(start, end);

    /// <summary>The dictionary word of two or more Han characters whose token starts at <paramref name="position"/>, or null.</summary>
    private string? WordAt(int position) =>
        tokens.IndexAt(position) is var k && k < tokens.Count && tokens[k] is { IsHan: true, Text.Length: >= 2 } token && token.Start == position
        && tokenizer.IsWord(token.Text) ? token.Text : null;

    /// <summary>True when XX is a dictionary word or a listed reduplication (高高, 尖尖): X may end an ABB adjective (个子高高的).</summary>
    private bool CanReduplicate(char c) => IsWord([c, c]) || lexicon.IsReduplicableSingle(c);

    /// <summary>制度/度/的 against 吃得饱/饱/的: before 的, a word ending in X, then X, is an ABB adjective only when XX is a listed
    /// reduplication or a dictionary word above jieba's floor frequency (度度 is listed at 3, as are many AA strings that are
    /// no evidence), or when the word is a verb with its complement (吃得饱, 擦得亮: 饱饱的, 亮亮的 describe the result).</summary>
    private bool CanEndAbbAdjective(Token left, char c) =>
        tokenizer.GetFrequency([c, c]) > RareFrequency || lexicon.IsReduplicableSingle(c) || left.Text.Contains('得');

    /// <summary>A reduplicable verb before a word starting with it is legitimate when the three characters are a listed AAB
    /// (帮帮忙, 散散步, 看看书), when XX is a common reduplication (看看, 想想, 谈谈), or when the word takes no object after it
    /// (剪剪枝，洗洗澡吧: a verb-object word); a verb that jieba knows doubled only at its floor frequency (推推, 落落) before a
    /// word that itself takes an object (推推动工作, 落落实责任) is a slip.</summary>
    private bool IsAabReduplication(char c, int rightIndex)
    {
        if (tokenizer.GetFrequency([c, c]) > RareFrequency || lexicon.IsListed(string.Concat(c.ToString(), tokens[rightIndex].Text))) return true;
        return rightIndex + 1 >= tokens.Count || tokens[rightIndex + 1] is not { IsHan: true, Text.Length: > 1 };
    }

    /// <summary>靠靠/电话: a token of one verb doubled that jieba lists only at its floor frequency (靠靠, 推推: no evidence of a
    /// reduplication in use), not a listed reduplication, before a word of two or more characters it would take as object; as for
    /// 推推动 (<see cref="IsAabReduplication"/>), the verb is typed twice (随访多靠电话). After a single character other than an adverb
    /// (多, 只, 全) it may be a given name (赵欢欢同志), and is left alone.</summary>
    private bool IsFloorReduplicatedVerbBeforeObject(Token token, int tokenIndex) =>
        token.Text.Length == 2 && tokenizer.GetFrequency(token.Text) is > 0 and <= (int)RareFrequency && tokenizer.GetWordTag(token.Text) == "v"
        && !lexicon.IsReduplicableSingle(token.Text[0]) && !lexicon.IsListed(token.Text)
        && tokenIndex > 0 && IsWordBeforeVerb(tokens[tokenIndex - 1], token)
        && tokenIndex + 1 < tokens.Count && tokens[tokenIndex + 1] is { IsHan: true, Text.Length: > 1 } next && next.Start == token.End && tokenizer.IsWord(next.Text);

    /// <summary>The token before <paramref name="verb"/> is a word of its own that can stand before a verb: a word of two or more
    /// characters that is no name, or an adverb or quantity word (多靠, 只靠); not a surname (赵/欢欢).</summary>
    private bool IsWordBeforeVerb(Token before, Token verb) =>
        before.End == verb.Start && before.IsHan && tokenizer.GetWordTag(before.Text) is { } tag
        && (before.Text.Length >= 2 ? !tag.StartsWith("nr", StringComparison.Ordinal) : tag is "d" or "m");

    /// <summary>扔/扔: a content character doubled where it does not reduplicate: not a word or listed reduplication, not an
    /// adjective or adverb before 的/地 (斜斜地), not onomatopoeia in quotes.</summary>
    private bool IsUnreduplicatedContentCharacter(char c, int start, int end)
    {
        if (CanReduplicate(c)) return false;
        if (end < text.Length && "的地得着了”\"’'」』".Contains(text[end])) return false;
        return start == 0 || !"“\"‘'「『".Contains(text[start - 1]);
    }

    /// <summary>满意/意地, 消失/失在, 推进/进医共体: a dictionary word ending in the character, then the copy glued by segmentation to
    /// what follows into a token of two to four characters that is no dictionary word; unless that guess also stands elsewhere in the
    /// document as a token of its own (中医/医共体 beside 医共体建设): then it is a term the writer uses, as in <see cref="OccursAlone"/>.</summary>
    private bool IsWordThenGuessGluedToCopy(Token left, Token right, char c) =>
        !OccursAloneAfterOther(right) && right.Text.Length is >= 2 and <= 4 && !tokenizer.IsWord(right.Text) && HanText.IsHan(right.Text.AsSpan(1))
        && left.Text.Length >= 2 && tokenizer.IsWord(left.Text) && !IsWordWith(left.Text, [c])
        && !AttachesToSameCharacter.Contains(c) && !OrganizationSuffixes.Contains(c) && !lexicon.FunctionCharacters.Contains(c);

    /// <summary>各/各自, 测/测绘: a character alone, then a word starting with it, where the character is not an independent
    /// word that may precede it (对/对象, 是/是否, 要/要求), a verb reduplicated before its object (看/看书, 帮/帮忙), a unit
    /// before its head (96军/军长) or a suffix split off the word before (蒙古/史/史料).</summary>
    private bool IsCharacterThenWordStartingWithIt(char c, int characterIndex, Token right)
    {
        if (!tokenizer.IsWord(right.Text) || IsMeasureWordAfterNumeral(characterIndex)) return false;
        if (c == '了' && IsAspectLeBeforeWordStartingWithIt(characterIndex)) return true;
        if (c == '要' && IsStrayModalYao(characterIndex)) return true;
        if (lexicon.FunctionCharacters.Contains(c)) return lexicon.NeverBeforeOwnWord.Contains(c) || IsClauseOpeningBeforePredicateIdiom(characterIndex, right);
        if (OrganizationSuffixes.Contains(c) || lexicon.IsReduplicableSingle(c) && IsAabReduplication(c, characterIndex + 1)) return false;
        if (IsBesideParallelReduplication(c, tokens[characterIndex].Start, right.End)) return false;
        bool afterWord = characterIndex > 0 && tokens[characterIndex - 1] is { IsHan: true, Text.Length: > 1 };
        return !(afterWord && CompoundSuffixes.Contains(c));
    }

    /// <summary>，和/和衷共济、团结一心: a function character opening a clause (after punctuation or at the start of the text) before an idiom
    /// that starts with it and is no modifier (not followed by 的 or 之): a conjunction or preposition there would need a noun phrase to govern,
    /// so the character is the idiom's own first character typed twice. 以/以身作则/的/精神, 和/和平 (no idiom) stay.</summary>
    private bool IsClauseOpeningBeforePredicateIdiom(int characterIndex, Token idiom)
    {
        int start = tokens[characterIndex].Start;
        if (idiom.Text.Length != 4 || start > 0 && HanText.IsHan(text[start - 1]) || tokenizer.GetWordTag(idiom.Text) != "i") return false;
        int nextIndex = tokens.IndexAt(idiom.End);
        return nextIndex >= tokens.Count || tokens[nextIndex].Start != idiom.End || tokens[nextIndex].Text is not ("的" or "之");
    }

    /// <summary>谈谈心、交交底, 摸摸底、通通气: a verb doubled before its object, listed with 、 beside another phrase that opens with a
    /// doubled character: the parallel makes both tentative reduplications (VV + object), not slips.</summary>
    private bool IsBesideParallelReduplication(char c, int start, int end)
    {
        bool before = start >= 1 && text[start - 1] == '、'
            && (start >= 4 && IsOtherDouble(text[start - 4], text[start - 3], c) || start >= 5 && IsOtherDouble(text[start - 5], text[start - 4], c));
        bool after = end + 2 < text.Length && text[end] == '、' && IsOtherDouble(text[end + 1], text[end + 2], c);
        return before || after;
    }

    private static bool IsOtherDouble(char first, char second, char c) => first == second && first != c && HanText.IsHan(first);

    /// <summary>Adverbs that cannot stand before an adverb or conjunction starting with themselves (都都是, 还还是, 也也许, 就就是).</summary>
    private const string Adverbs = "都也还就又才再";

    /// <summary>The longest dictionary word (two to four characters) that starts at <paramref name="position"/> where the second copy
    /// stands: the token there when it starts with it (把/把关), or a word that segmentation split (在/建工/地 → 在建, then 工地 crosses
    /// the token boundary). Null when there is none.</summary>
    private string? OwnWordAfter(int position, int tokenIndex)
    {
        var token = tokens[tokenIndex];
        if (token.Start == position && token.Text.Length >= 2 && tokenizer.IsWord(token.Text)) return token.Text;
        // 把把关: both copies inside one token, whose rest is a word.
        if (token.Start < position && token.End >= position + 2 && IsWord(text.AsSpan(position, token.End - position))) return text[position..token.End];
        if (token.Start != position || token.Text.Length != 1 || tokenIndex + 1 >= tokens.Count) return null;
        var next = tokens[tokenIndex + 1];
        if (next.Start != position + 1 || !next.IsHan || !IsWord(text.AsSpan(position, 2))) return null;
        for (int length = 2; length <= 4 && position + 2 + length <= text.Length; length++)
            if (position + 2 + length > next.End && IsWord(text.AsSpan(position + 2, length))) return text.Substring(position, 2);
        return null;
    }

    /// <summary>True when a function character cannot stand before <paramref name="ownWord"/>, a word starting with it: one that
    /// never does (不不断, 各各自); 把 whose object is followed by no verb in its clause (把把关不严; 把把握大局作为首要任务 and
    /// 把把手擦净 have one, and 请专家把把关。 is the tentative 把把关); 被 before an adverb, adjective or verbal noun (被被动, 被被迫;
    /// 被被子盖住 is an agent); an adverb before an adverb or conjunction starting with it (都都是, 还还是; 都都市化 is a noun).
    /// 是 before 是否 after a partitive subject (部分机构是是否落实; 关键是是否落实 is right). 在在建, 对对象, 要要求, 与与会 are a
    /// character before a word of its own.</summary>
    private bool LacksWhatItNeeds(char c, string ownWord, int ownWordStart)
    {
        if (lexicon.NeverBeforeOwnWord.Contains(c)) return true;
        string? tag = tokenizer.GetWordTag(ownWord);
        if (tag is null) return false;
        return c switch
        {
            '把' => IsPhraseEnd(ownWordStart + ownWord.Length) && IsNegatedDirectly(ownWordStart - 1)
                || !IsClauseEnd(ownWordStart + ownWord.Length) && !HasVerbInClause(ownWordStart + ownWord.Length),
            '被' => tag is "vn" or "a" or "ad" or "an" or "d",
            '和' or '与' or '及' => IsOnlyPredicateAfterPreposition(ownWordStart - 1, ownWordStart + ownWord.Length) || IsAfterAdverbAndModal(ownWordStart - 1),
            '为' => ownWord.Length == 2 && YiWeiEndings.Contains(ownWord[1]),
            '是' => ownWord == "是否" && (IsAfterPartitiveSubject(ownWordStart - 1) || OpensClause(ownWordStart - 1)),
            _ => Adverbs.Contains(c) && (tag is "d" or "c" || ownWord.Length == 2 && AuxiliaryTails.Contains(ownWord[1])),
        };
    }

    /// <summary>没有及时把把关。, 没有及时把把关、早提醒: a negation right before the character, or before at most two adverbs or adverbial adjectives before it
    /// (没有及时, 未认真): a tentative reduplication (把把关, 看看) is not negated, so the doubled 把 is a slip for the verb 把关.
    /// 没有请专家把把关 negates 请, not the reduplication.</summary>
    private bool IsNegatedDirectly(int characterStart)
    {
        int k = tokens.IndexAt(characterStart) - 1;
        for (int adverbials = 0; k >= 0 && adverbials <= 2; k--, adverbials++)
        {
            var before = tokens[k];
            if (Negations.Contains(before.Text)) return true;
            if (!before.IsHan || !MisTaggedAdverbials.Contains(before.Text) && tokenizer.GetWordTag(before.Text) is not ("d" or "ad" or "a")) return false;
        }
        return false;
    }

    /// <summary>Adverbials of manner and time that jieba tags as conjunctions (及时 c), which <see cref="IsNegatedDirectly"/> reads as adverbs.</summary>
    private static readonly FrozenSet<string> MisTaggedAdverbials = FrozenSet.ToFrozenSet(["及时"], StringComparer.Ordinal);

    /// <summary>Words that negate the verb phrase after them (没有及时把关).</summary>
    private static readonly FrozenSet<string> Negations = FrozenSet.ToFrozenSet(["没有", "没", "未", "未能", "没能", "不", "从未", "从不"], StringComparer.Ordinal);

    /// <summary>Second characters of the 以…为X endings (为主, 为准, 为宜, 为止, 为例, 为由): the preposition 为 cannot stand before
    /// them, so 以念稿发言为为主 is 为 typed twice; 为/为难, 为/为人 (为为难的事烦恼) are a preposition before a word of its own.</summary>
    private const string YiWeiEndings = "主准宜止例由";

    /// <summary>Modal verbs that an adverb joins (只会, 就会, 不能, 只敢).</summary>
    private const string Modals = "会能敢肯愿";

    /// <summary>Adverbs before a modal (只会, 就能, 也敢, 不愿).</summary>
    private const string ModalAdverbs = "只就也都还不才又总";

    /// <summary>只会和/和稀泥: a conjunction right after an adverb and a modal verb has no first member to join (只会和稀泥 is meant),
    /// unlike 社会和和谐, 学会和和解, whose first character is no adverb.</summary>
    private bool IsAfterAdverbAndModal(int conjunctionStart) =>
        conjunctionStart >= 2 && Modals.Contains(text[conjunctionStart - 1]) && ModalAdverbs.Contains(text[conjunctionStart - 2]);

    /// <summary>Quantifiers that pick out some members of a group (部分机构, 个别党员): the phrase names who does something.</summary>
    private static readonly FrozenSet<string> PartitiveQuantifiers = FrozenSet.ToFrozenSet(
        ["部分", "有的", "个别", "一些", "少数", "多数", "不少", "许多", "很多", "一部分", "大部分"], StringComparer.Ordinal);

    /// <summary>部分机构/是/是否落实: 是 right after a partitive subject (部分, 个别, 有的 + a noun) before 是否 is 是 typed twice: such a
    /// subject is asked about (部分机构是否落实), while 关键是是否落实, 问题是是否到位 equate a topic with the question.</summary>
    private bool IsAfterPartitiveSubject(int shiStart)
    {
        int k = tokens.IndexAt(shiStart);
        return k >= 2 && tokens[k - 1] is { IsHan: true } noun && tokenizer.GetWordTag(noun.Text) is ['n', ..]
            && PartitiveQuantifiers.Contains(tokens[k - 2].Text) && tokens[k - 2].End == noun.Start;
    }

    /// <summary>，是是否亮明身份: 是 opening a clause (at the start of the text or after punctuation) has no topic to equate with the
    /// question 是否…, so it is 是 typed twice; 关键是是否落实 and 一是是否落实 (一是 is one token) have one.</summary>
    private bool OpensClause(int shiStart) => shiStart == 0 || ClauseBreaks.Contains(text[shiStart - 1]) || text[shiStart - 1] is '、' or '（' or '(';

    /// <summary>对矛盾问题和/和稀泥、绕着走: a conjunction before a word starting with it, in a clause opened by a preposition (对, 向, 给)
    /// with no verb between them, where the word ends the clause or is listed with a verb phrase after 、: that word is the only
    /// predicate the prepositional phrase can have, so it cannot be the conjunction's second member (对团结和和谐的追求, 促进调解和和解).
    /// Segmentation's tag for the word is no help here (jieba tags 和稀泥 as a name).</summary>
    private bool IsOnlyPredicateAfterPreposition(int conjunctionStart, int wordEnd)
    {
        bool preposition = false;
        for (int k = tokens.IndexAt(conjunctionStart) - 1; k >= 0 && !ClauseBreaks.Contains(tokens[k].Text[0]); k--)
        {
            string? tag = tokenizer.GetWordTag(tokens[k].Text);
            if (tag is null) continue;
            if (tag[0] == 'v' && tag != "vn") return false;
            if (tag == "p") { preposition = true; break; }
        }
        if (!preposition) return false;
        int next = tokens.IndexAt(wordEnd);
        if (next >= tokens.Count || ClauseBreaks.Contains(tokens[next].Text[0])) return true;
        return tokens[next].Text == "、" && next + 1 < tokens.Count && tokenizer.GetWordTag(tokens[next + 1].Text) is "v";
    }

    /// <summary>The verbs and auxiliaries an adverb joins into one word (还有, 还是, 都要, 就在, 也会): the adverb typed again before
    /// such a word (还还有, 都都要) has nothing to modify, unlike 就/就业, 还/还原, 才/才能, whose second character is no auxiliary.</summary>
    private const string AuxiliaryTails = "有是要在会";

    /// <summary>淳淳教诲, 谆谆教导 typed with a look-alike: the doubled character is wrong, not doubled by accident, when a same-sound or
    /// similar-shape substitute doubled, with the two characters after the run, is a listed reduplication or a dictionary
    /// idiom (谆谆教诲, 谆谆告诫); function characters (的的, 还还) are always doubles. Left to RL2001/RL2004, which name the right character.</summary>
    private bool IsMisspeltReduplication(int start, int end)
    {
        if (end + 2 > text.Length || lexicon.FunctionCharacters.Contains(text[start])) return false;
        if (!Wording.TypoConfusions.Default.TryGet(text[start], out var substitutes)) return false;
        Span<char> word = stackalloc char[4];
        text.AsSpan(end, 2).CopyTo(word[2..]);
        foreach (char d in substitutes)
        {
            word[0] = word[1] = d;
            if (lexicon.IsListed(word.ToString()) || tokenizer.GetFrequency(word) > RareFrequency) return true;
        }
        return false;
    }

    /// <summary>The end of a clause or of a phrase listed with 、 (没有及时把把关、早提醒).</summary>
    private bool IsPhraseEnd(int position) => IsClauseEnd(position) || text[position] == '、';

    private bool IsClauseEnd(int position) => position >= text.Length || ClauseBreaks.Contains(text[position]);

    /// <summary>True when a verb (jieba tag v…, not a verbal noun) follows <paramref name="position"/> before the clause ends.</summary>
    private bool HasVerbInClause(int position)
    {
        for (int k = tokens.IndexAt(position); k < tokens.Count && !ClauseBreaks.Contains(tokens[k].Text[0]); k++)
            if (tokens[k].Start >= position && tokenizer.GetWordTag(tokens[k].Text) is { } tag && tag[0] == 'v' && tag != "vn") return true;
        return false;
    }

    /// <summary>难事/件/件 → 难事 件件: a listed reduplicated measure or adjective (件件, 条条) after a word that ends right before it and
    /// starts before the token segmentation glued the first copy to (事件); 文件件 has no such word.</summary>
    private bool IsMeasureReduplicationAfterWord(char c, int start, Token left)
    {
        if (!lexicon.IsReduplicableSingle(c)) return false;
        for (int length = 2; length <= 4 && start - length >= 0; length++)
            if (start - length < left.Start && HanText.IsHan(text.AsSpan(start - length, length)) && IsWord(text.AsSpan(start - length, length))) return true;
        return false;
    }

    /// <summary>Characters that name a year before 年 (今年, 去年, 当年, 每年): another 年 after them starts a part of that year.</summary>
    private const string YearNames = "今去明前后当同每本上该全次";

    /// <summary>Parts of a year written after 年 (年初, 年中, 年底, 年末, 年内, 年终, 年度).</summary>
    private const string PartsOfYear = "初中底末内终尾度";

    /// <summary>今年/年中, 去年/年末, 每年/年初: a year named by a deictic character, then the part of it; not 年 typed twice.</summary>
    private bool IsYearThenPartOfYear(int start) =>
        text[start] == '年' && start > 0 && start + 2 < text.Length && YearNames.Contains(text[start - 1]) && PartsOfYear.Contains(text[start + 2]);

    /// <summary>Verbs of placing that take 在 and a place (放在, 落在, 用在, 摆在, 写在).</summary>
    private const string PlacingVerbs = "放落摆用花写建设定记挂压贴印刻装埋藏";

    /// <summary>放在/在, 落在/在: a verb of placing that already ends in the locative 在 takes no second 在 (unlike 现在/在京,
    /// 正在/在建, whose 在 is part of an adverb, or 存在/旨在/实在, which may take a clause opening with 在).</summary>
    private bool IsVerbWithLocativeZai(Token left) =>
        left.Text.Length == 2 && left.Text[1] == '在' && PlacingVerbs.Contains(left.Text[0]) && tokenizer.IsWord(left.Text);

    /// <summary>2025/年/年初, 三/月/月底: the character is a measure word right after a numeral, and the word after it a phrase of its own.</summary>
    private bool IsMeasureWordAfterNumeral(int characterIndex) =>
        characterIndex > 0 && tokens[characterIndex - 1] is var numeral && numeral.End == tokens[characterIndex].Start
        && Numerals.Contains(numeral.Text[^1]) && TimeMeasureWords.Contains(tokens[characterIndex].Text[0]);

    /// <summary>学习/了/了解: 了 alone after a verb of two or more characters, then a word starting with 了, is 了 typed twice; after
    /// 为了, 除了 (为了/了/解) the 了 belongs to the word before.</summary>
    private bool IsAspectLeBeforeWordStartingWithIt(int characterIndex) =>
        characterIndex > 0 && tokens[characterIndex - 1] is { IsHan: true, Text.Length: >= 2 } verb && verb.End == tokens[characterIndex].Start
        && verb.Text[^1] != '了' && tokenizer.IsWord(verb.Text);

    /// <summary>Clause boundaries for <see cref="IsStrayModalYao"/>.</summary>
    private const string ClauseBreaks = "，,；;。：:！!？?";

    /// <summary>Tokens that make a clause a modal 要 clause (要, 一要, 还要, 都要): in a run of such clauses another 要 is expected.</summary>
    private const string ModalYaoHeads = "一二三四五六七八九十还更也都就又既必";

    /// <summary>推行…，要/要求每名党员…: 要 opening a clause with no subject before a word starting with 要, where the clause before
    /// it is not a 要 clause, is 要 typed twice; after a subject (我们要要求自己), inside a clause (对党员要要求严格) or in a run of
    /// 要 clauses (要加强学习，要要求自己) it is a modal verb.</summary>
    private bool IsStrayModalYao(int characterIndex)
    {
        if (characterIndex > 0 && !ClauseBreaks.Contains(tokens[characterIndex - 1].Text[0])) return false;
        for (int k = characterIndex - 2; k >= 0 && !ClauseBreaks.Contains(tokens[k].Text[0]); k--)
            if (tokens[k].Text is "要" || tokens[k].Text.Length == 2 && tokens[k].Text[1] == '要' && ModalYaoHeads.Contains(tokens[k].Text[0])) return false;
        return true;
    }

    /// <summary>那盛/盛开, 要认/认真: segmentation glued the first copy to the character before it into a token that is no
    /// dictionary word, while the second copy starts a dictionary word; not a verb reduplicated before its object (于开/开会 in 满足于开开会)
    /// and not an ordinal glued to a modal that heads its clause (二要/要求 in 一要…，二要要求…), nor an abbreviated disease name before
    /// a word headed by the same character (布病/病例, 禽病/病原: X病 names a disease, 病例 its cases).</summary>
    private bool IsGuessGluedToCopy(Token left, Token right) =>
        !OccursAlone(left) && !CategorySuffixes.Contains(left.Text[^1]) && !OrganizationSuffixes.Contains(right.Text[0]) && !(Numerals.Contains(left.Text[0]) && left.Text[1] == '要') && !lexicon.IsReduplicableSingle(right.Text[0]) && left.Text.Length == 2 && !tokenizer.IsWord(left.Text) && HanText.IsHan(left.Text[0]) && right.Text.Length >= 2 && tokenizer.IsWord(right.Text);

    /// <summary>Characters that end an abbreviated name of a kind (布病 for 布鲁氏菌病, 包虫病; 炎症) and also head the nouns said of it
    /// (病例, 病人, 病原, 症状): an unknown two-character word ending in one, before such a noun, is an abbreviation, not a glued copy.
    /// (Paragraph actions see one paragraph, so <see cref="OccursAlone"/> cannot find 布病 in another paragraph.)</summary>
    private const string CategorySuffixes = "病症";

    /// <summary>布病/病例 after 防治布病。: the HMM guess also stands elsewhere in the document as a token, not followed by its last character, so it
    /// is a word the writer uses (an abbreviation such as 布病, 包保), not a copy glued to the character before it.</summary>
    private bool OccursAlone(Token guess)
    {
        for (int at = text.IndexOf(guess.Text, StringComparison.Ordinal); at >= 0; at = text.IndexOf(guess.Text, at + 1, StringComparison.Ordinal))
        {
            int after = at + guess.Text.Length;
            if (at != guess.Start && tokens.StartsAt(at) && tokens.EndsAt(after) && (after >= text.Length || text[after] != guess.Text[^1])) return true;
        }
        return false;
    }

    /// <summary>中医/医共体 beside 医共体建设: the HMM guess after a word ending in its first character also stands elsewhere in the
    /// document as a token, not preceded by that character, so it is a term the writer uses (医共体, 医联体), not a copy glued to
    /// what follows.</summary>
    private bool OccursAloneAfterOther(Token guess)
    {
        for (int at = text.IndexOf(guess.Text, StringComparison.Ordinal); at >= 0; at = text.IndexOf(guess.Text, at + 1, StringComparison.Ordinal))
        {
            if (at != guess.Start && tokens.StartsAt(at) && tokens.EndsAt(at + guess.Text.Length) && (at == 0 || text[at - 1] != guess.Text[0])) return true;
        }
        return false;
    }

    /// <summary>我们/们, 工作/作, 显得/得: a dictionary word, then its last character alone, where that character is not a word of
    /// its own (可以/以, 受不了/了, 目的/的), not a place suffix (古镇/镇), not an ABB adjective (耳朵尖尖的, 一杯酽酽的) and not the
    /// start of a word with the next token (实现/现/地). jieba preferring the character alone over such a word is itself evidence: 全国/国/防疫
    /// and 保卫/卫/国家 are doubles although 国防 and 卫国 are words.</summary>
    private bool IsWordThenItsLastCharacter(Token left, char c, int end)
    {
        if (c == '了' && tokenizer.IsWord(left.Text)) return IsFollowedByMoreOfTheClause(end);
        if (c == '要' && IsModalYaoBeforeVerb(left, end)) return true;
        if (c == '过' && IsAspectGuoVerbBeforeObject(left, end)) return true;
        if (c == '在' && IsVerbWithLocativeZai(left)) return true;
        if (AttachesToSameCharacter.Contains(c) || lexicon.FunctionCharacters.Contains(c) && !EndsWordAndNeverFollowsIt.Contains(c)) return false;
        if (!tokenizer.IsWord(left.Text) || IsWordWith(left.Text, [c])) return false;
        if (c == '是' && (left.Text.Length > 2 || NeverRepeated.Contains(left.Text[0]) || left.Text == "国是")) return false;
        if (left.Text.Length == 2 && QuantityPrefixes.Contains(left.Text[0]) && !NotQuantities.Contains(left.Text[1])) return false;
        int nextIndex = tokens.IndexAt(end);
        if (c == '们' || nextIndex >= tokens.Count || !tokens[nextIndex].IsHan) return true;
        string next = tokens[nextIndex].Text;
        // 耳朵尖尖的, 吃得饱饱的: an ABB adjective before 的/地 (深刻刻的 is none).
        if (next is "的") return !CanEndAbbAdjective(left, c);
        if (next is "地") return false;
        // 工作作交流发言: 作/做 here is a verb taking the next word (作交流, 做表率), not a second copy (合作作出版 is one).
        if (LightVerbs.Contains(c) && LightVerbObjects.Contains(next)) return false;
        // 分管工作作研讨发言, 工作作专题报告: 作/做 before a modifier (研讨, 专题) and one of its usual objects is a light verb too.
        if (LightVerbs.Contains(c) && (next.Length > 2 && LightVerbObjects.Contains(next[^2..])
            || nextIndex + 1 < tokens.Count && LightVerbObjects.Contains(tokens[nextIndex + 1].Text) && tokens[nextIndex + 1].Start == tokens[nextIndex].End)) return false;
        // 分管工作作一次交流发言, 工作做一番说明: 作/做 before a quantity (一次, 一番, 两点) is a light verb taking a counted object.
        if (LightVerbs.Contains(c) && tokenizer.GetWordTag(next) is "m" && Numerals.Contains(next[0])) return false;
        // 学习笔记/记/了/不少: after a noun, the character with the particle 了 is a verb of its own, the noun its topic (记者/者/了解,
        // 意味/味/着 are doubles); so is the light verb 作/做 after a verbal noun (准备工作/作/了/安排; 发展/展/了 is a double).
        if (next is "了" && tokenizer.GetWordTag(left.Text) is { } tag && (tag[0] == 'n' || tag == "vn" && LightVerbs.Contains(c))) return false;
        return !IsWordWith([c], next);
    }

    /// <summary>How much more often a one-character verb stands alone than with 过 for its 过 to be the aspect particle (下 against 下过,
    /// 去 against 去过), not part of a verb of its own (通过, 经过, 超过, 度过 are as common as or commoner than 通, 经, 超, 度).</summary>
    private const int AspectGuoRatio = 20;

    /// <summary>下过/过/企业, 去过/过/基层: a one-character verb joined with the aspect particle 过 in a dictionary word, then 过 again before a
    /// noun object: the particle typed twice. 没有通过过, 经过过 (a verb of its own ending in 过) and 下过/过/了 stay.</summary>
    private bool IsAspectGuoVerbBeforeObject(Token left, int end)
    {
        if (left.Text.Length != 2 || left.Text[1] != '过' || tokenizer.GetWordTag(left.Text) is not ("v" or "vq")) return false;
        int compound = tokenizer.GetFrequency(left.Text);
        if (compound <= 0 || tokenizer.GetFrequency(left.Text[..1]) < (long)AspectGuoRatio * compound) return false;
        int nextIndex = tokens.IndexAt(end);
        return nextIndex < tokens.Count && tokens[nextIndex] is { IsHan: true, Text.Length: >= 2 } next && next.Start == end
            && tokenizer.GetWordTag(next.Text) is ['n', ..];
    }

    /// <summary>还要/要/回, 都要/要/走, 还要/要/进一步: an adverb joined with the modal 要 (还要, 都要, 也要, 就要), then 要 alone before a verb or adverb:
    /// the modal typed twice (还要要回场站); 还要/要求, 主要/要/靠 (主要 is no modal) and 还要/要/的 are right.</summary>
    private bool IsModalYaoBeforeVerb(Token left, int end) =>
        left.Text.Length == 2 && left.Text[1] == '要' && ModalYaoHeads.Contains(left.Text[0]) && !Numerals.Contains(left.Text[0])
        && tokens.IndexAt(end) is var next && next < tokens.Count && tokens[next].Start == end
        && tokenizer.GetWordTag(tokens[next].Text) is (['v', ..] and not "vn") or "d";

    /// <summary>到不了/了/边远: a word ending in 了, then 了 again and more of the clause; 受不了了。 and 办不了了吧 end the clause
    /// with a modal 了 and are right.</summary>
    private bool IsFollowedByMoreOfTheClause(int end)
    {
        int nextIndex = tokens.IndexAt(end);
        return nextIndex < tokens.Count && tokens[nextIndex].IsHan && !ClauseFinalParticles.Contains(tokens[nextIndex].Text[0]);
    }

    /// <summary>True when the characters are a dictionary word (what <see cref="ITokenizer.IsWord"/> answers for their string).</summary>
    private bool IsWord(ReadOnlySpan<char> word) => tokenizer.GetFrequency(word) > 0;

    /// <summary>True when <paramref name="first"/> followed by <paramref name="second"/> is a dictionary word, built on the stack.</summary>
    private bool IsWordWith(ReadOnlySpan<char> first, ReadOnlySpan<char> second)
    {
        int length = first.Length + second.Length;
        if (length > MaxStackWord) return tokenizer.IsWord(string.Concat(first, second));
        Span<char> word = stackalloc char[length];
        first.CopyTo(word);
        second.CopyTo(word[first.Length..]);
        return IsWord(word);
    }

    /// <summary>A run next to another doubled pair is AABB reduplication (葱葱茏茏, 清清楚楚) whatever the segmentation; unless the run
    /// is a function character and the pair a dictionary word in a token of its own (也也/刚刚, 还还/常常): an adverb typed twice
    /// before a reduplicated adverb (的的确确, 是是非非 are one token); or the pair ends a whole AABB word of its own (实实在在的的).</summary>
    private bool IsPartOfAabb(int start, int end) =>
        start >= 2 && text[start - 1] == text[start - 2] && text[start - 1] != text[start] && HanText.IsHan(text[start - 1]) && !IsDoubleBesideWord(start, start - 2)
        && !EndsCompleteAabbWord(start)
        || end + 1 < text.Length && text[end] == text[end + 1] && text[end] != text[start] && HanText.IsHan(text[end]) && !IsDoubleBesideWord(start, end);

    /// <summary>实实在在/的/的: the pair before the run ends a token of its own that is already a whole AABB dictionary word, so the
    /// run after it is no part of it.</summary>
    private bool EndsCompleteAabbWord(int start)
    {
        int k = tokens.IndexAt(start - 1);
        return k < tokens.Count && tokens[k] is var word && word.End == start && HanText.IsAabb(word.Text) && tokenizer.IsWord(word.Text);
    }

    /// <summary>True when the character at <paramref name="start"/> is a function character and the pair at <paramref name="pairStart"/>
    /// is a token of its own that jieba's dictionary lists above its floor frequency (刚刚, 常常, 往往).</summary>
    private bool IsDoubleBesideWord(int start, int pairStart) =>
        lexicon.FunctionCharacters.Contains(text[start]) && tokens.IndexAt(pairStart) is var k && k < tokens.Count
        && tokens[k].Start == pairStart && tokens[k].Text.Length == 2 && tokenizer.GetFrequency(tokens[k].Text) > RareFrequency;
}
