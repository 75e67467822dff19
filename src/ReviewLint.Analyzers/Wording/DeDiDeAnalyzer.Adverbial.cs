using System.Collections.Frozen;
using ReviewLint.Analyzers.Lexicon;
using ReviewLint.Tokenization;

namespace ReviewLint.Analyzers.Wording;

/// <summary>RL2002, adverbial signals: 的 written for 地 before a verb (认真的学习 → 地).</summary>
public sealed partial class DeDiDeAnalyzer
{
    /// <summary>DE-DI-1: adverbial + 的 + verb or preposition (自觉的牢记, 更好的为群众服务) → 地. After a modal verb (要有效的化解矛盾纠纷,
    /// 应当实事求是的查找问题) an adjective or four-character word is an adverbial too: a modal takes a verb phrase, not a noun phrase, so
    /// the verb after the 的 is the predicate whatever follows it (问题, 。) and a four-character phrase jieba glued that starts with a verb
    /// (贯彻落实, 化解矛盾) counts as the verb.</summary>
    private static Finding? AdverbialDe(Window w)
    {
        if (EndsCompoundNoun(w) || IsNegatedMannerAttribute(w) || AfterDemonstrative(w)) return null;
        // 进行全面系统的学习研讨, 以扎实有效的举措: before a pair of manner words a verb, a preposition or 是 takes the 的-phrase as its object.
        bool pair = IsMannerPair(w);
        if (pair && !OpensPredicate(w, w.BeforeBeforePrevious)) return null;
        // 积极主动的对接, 认真细致的做好: two manner words jieba keeps as one word (dict.txt tags 积极主动 n, 认真细致 z) modify like each of them.
        bool manner = w.PreviousClass is WordClass.Adverbial || IsPairedManner(w) || pair || IsHavingManner(w.Previous.Text) || w.Previous.Text == "热情";
        bool adverbial = manner || w.PreviousClass is WordClass.Adverb && w.Previous.Text.Length >= 2 || HanText.IsAabb(w.Previous.Text)
            || w.PreviousClass is WordClass.Adjective && w.Previous.Text.Length == 1 && w.BeforePrevious is { } degree && w.Lexicon.ClassOf(degree.Text) is WordClass.Degree;
        // 群众反映的诉求: a four-character “idiom” of a noun and a verb is a subject and its predicate, so the 的-phrase is an attribute.
        bool idiom = w.PreviousClass is WordClass.Idiom && w.Previous.Text.Length == 4
            && !(w.Lexicon.ClassOf(w.Previous.Text[..2]) is WordClass.Nominal && w.Lexicon.ClassOf(w.Previous.Text[2..]) is WordClass.Verb);
        // 一件一件的抓, 一步步的推进: a reduplicated numeral–measure phrase before a verb says how it is done.
        adverbial |= IsStepByStep(w);
        // 乐呵呵的为子女操劳: a state word (ABB) before a preposition opens an adverbial.
        adverbial |= w.PreviousClass is WordClass.State && w.NextClass is WordClass.Preposition;
        bool afterModal = w.BeforePrevious is { } modal && Modals.Contains(modal.Text)
            && (adverbial || idiom || w.Previous.Text.Length == 4 || w.PreviousClass is WordClass.Adjective or WordClass.State && w.Previous.Text.Length >= 2);
        if (!adverbial && !idiom && !afterModal) return AdjectiveBeforeVerbWithAspect(w);
        bool safe = w.PreviousClass is WordClass.Adverbial && w.NextClass is WordClass.Preposition;
        // 简单的一推了之: a glued verb phrase; 被动的应付了, 部分同志被动的应付检查: a verbal noun that shows itself a verb by what follows
        // it or by the subject before the adverbial.
        bool verbPhrase = (afterModal || manner) && IsVerbPhrase(w);
        // 耐心的逐户做好沟通, 主动的上门走访: a word that only ever stands before a verb (逐户, 上门, 亲自) and a verb after it make a
        // predicate, so the manner word before them is its adverbial.
        bool preverbal = manner && IsPreverbalPhrase(w);
        // 未能及时的回应: 未能, 未 and 是否 take a verb phrase, so a verbal noun after them and an adverbial is the verb.
        // 只是机械的背诵, 只是被动的应付考试: an adverb of scope or habit before a manner word (ad) heads a predicate, so the verb after them
        // is the predicate too, a verbal noun or not, and even when it closes the clause.
        bool leadsPredicate = manner && w.BeforePrevious is { } lead && PredicateAdverbs.Contains(lead.Text);
        bool verbAfterNegation = adverbial && w.NextClass is WordClass.VerbalNoun && (w.BeforePrevious is { Text: "未能" or "未" or "是否" } || leadsPredicate);
        bool verb = w.NextClass is WordClass.Verb || verbPhrase || preverbal || verbAfterNegation || adverbial && (ShowsVerb(w) || IsPredicateAfterSubject(w))
            || manner && IsClauseInitialPredicate(w);
        if (!verb && w.NextClass is not WordClass.Preposition) return null;
        if (Modals.Contains(w.Next.Text)) return null; // 能立行立改的要马上改: a modal after the 的 makes the 的-phrase its subject
        // 一案一查、坚决的纠正。: a manner word opening a series item or clause, 的 and a verb closing it make a predicate of its own
        // (这是一次坚决的纠正, 得到了及时的纠正 have a verb or a measure word before the manner word: a noun phrase).
        if (w.PreviousClass is WordClass.Adverbial && w.NextClass is WordClass.Verb && w.NextClosesClause && w.TokenAt(-2) is { Text: "、" or "，" or "；" })
            return new Finding("地", "adverbial", AdverbialReason);
        // 材料不齐的由科室补正: a predicate (not a manner word) and 的 before 由 make the 的-phrase the topic (“those whose …”), whom 由 assigns.
        if (w.Next.Text == "由" && !manner) return null;
        // 进行了认真的学习研讨, 这是简单的照搬照抄: the object of 进行 or what 是 says, a noun phrase; after 是 a verb with its own noun
        // object running to the end of the clause is a predicate, not a noun head (多是简单的照搬会议新闻).
        // 大家对积极主动的逐户走访给予肯定, 通过认真的学习: a preposition right before the modifier takes the 的-phrase as its object
        // (not 在, 被, 将: 在津津有味地读着, 被狠狠地打击了, 将切实地把…).
        if (w.BeforePrevious is { } preposition && ObjectPrepositions.Contains(preposition.Text)) return null;
        bool afterCopula = w.BeforePrevious is { } copula && Copulas.Contains(copula.Text);
        if ((AfterDummyVerb(w) || afterCopula) && !(afterCopula && manner && HasObjectToClauseEnd(w))) return null;
        // 存在盲目的上马、边设计边施工现象: inside 存在/出现 … 现象 the words before the noun describe what happens, a verb phrase.
        bool describedEvent = IsDescribedEvent(w);
        // 对群众来信认真的逐一登记: a verb-only word after the 的 keeps the phrase verbal after a verb too (dict.txt tags 来信 v).
        // 围绕乡村全面振兴深入的开展调研: a verb two or more words after 围绕/按照 ends that preposition's object, not a verb taking the 的-phrase.
        if (verb && AfterTransitiveVerb(w) && !describedEvent && !preverbal && !(manner && w.WordsSinceInClause(FramingPrepositions) >= 2)) return null;
        // 对问题简单的一推了之, 对轻微违法有时简单的…: a glued verb phrase or an adverb before the modifier shows that 对's object has closed.
        // 对群众投诉未能及时的回应, 对新规定只是被动的应付: 未能, 未 or 只是 before the modifier opens the predicate, so 对's object has closed as well.
        // 对发现的问题坚决的予以纠正: 对's object is a whole 的-phrase (发现的问题) and a manner word after it opens the predicate.
        // 对反映的问题没有扎实的开展调查, 对推介的项目没有主动的去对接: 没有 before a manner word and a verb (not a noun of behaviour:
        // 没有及时的回应) opens the predicate too, unless a verb such as 进行 later in the clause is the predicate 对's object runs on to.
        bool negatedVerb = manner && w.BeforePrevious is { Text: "没有" or "没" } && w.NextClass is WordClass.Verb && !EventNouns.Contains(w.Next.Text) && !HasDummyVerbLater(w);
        // 对患者的询问不能耐心的向患者解释: a modal after 对's object, before the modifier, opens the predicate, so that object has closed
        // (对不能及时的回应: a modal right after 对 belongs to its object).
        bool modalAfterObject = afterModal && w.TokenAt(-3) is { } beforeModal && !ObjectPrepositions.Contains(beforeModal.Text);
        // 对…问题耐心的做了思想工作: an aspect particle after the verb shows the predicate, so 对's object has closed before the modifier.
        bool objectClosed = w.AfterNext is { Text: "了" or "着" or "过" } || modalAfterObject || verbPhrase || leadsPredicate || negatedVerb || manner && FollowsNounPhrase(w) || preverbal && !AfterDegree(w) || w.BeforePrevious is { } adverb && (w.Lexicon.ClassOf(adverb.Text) is WordClass.Adverb || adverb.Text is "未能" or "未");
        if (!objectClosed && ClosesObjectOfDui(w)) return null;
        var afterNext = w.AfterNext;
        // 没有及时的跟进。, 是否认真的落实: after a negation or 是否 the verb is the predicate even when it closes the clause.
        bool negated = adverbial && w.BeforePrevious is { } negation && Negations.Contains(negation.Text)
            && !(negation.Text is "没有" or "没" && EventNouns.Contains(w.Next.Text) && !(w.TokenAt(-3) is { } often && FrequencyAdverbs.Contains(often.Text)));
        // 垃圾分类工作稳步的推进，: an adverb (dict.txt d: 稳步, 逐步) right after the subject noun makes the verb after 的 the predicate,
        // even when it closes the clause (经过一年稳步的推进， has no subject before the adverb and stays a noun phrase).
        bool adverbAfterSubject = w.PreviousClass is WordClass.Adverb && w.Previous.Text.Length >= 2 && w.NextClass is WordClass.Verb
            && w.BeforePrevious is { } subject && w.Lexicon.ClassOf(subject.Text) is WordClass.Nominal or WordClass.VerbalNoun;
        if (verb && !afterModal && !verbPhrase && !describedEvent && !((negated || leadsPredicate || adverbAfterSubject) && w.NextClosesClause) && !IsFirstOfAdverbialSeries(w))
        {
            // 扎实的推进“清廉医院”建设: a quoted object after the verb shows the predicate as well as a Han word does.
            if (afterNext is null || !afterNext.Value.IsHan && afterNext.Value.Text is not ("“" or "《") || afterNext.Value.Text is "的"
                || HeadNouns.Contains(afterNext.Value.Text) && !(manner && ClosesWithObject(w))) return null;
            // 耐心的解答让群众满意, 精心的准备是成功的前提: 是 or a causative verb after the “verb” opens the predicate of a clause whose
            // subject is the 的-phrase.
            if (afterNext.Value.Text is "是" or "让" or "使" or "令" or "使得") return null;
            // 简单的照搬照抄问题依然存在: two verbs and a head noun with a predicate after it are a noun phrase, the subject of that predicate.
            // 深刻的认识到问题的严重性: a result or aspect complement (到, 了) after the verb is no second verb.
            if (w.Lexicon.ClassOf(afterNext.Value.Text) is WordClass.Verb or WordClass.VerbalNoun && afterNext.Value.Text is not ("到" or "了" or "着" or "过")
                && w.TokenAt(3) is { } head && HeadNouns.Contains(head.Text)
                && w.TokenAt(4) is { IsHan: true }) return null;
            // 他们耐心的服务赢得好评, 主动的对接得到企业认可: a verb of receiving after the “verb” is the predicate of the 的-phrase.
            if (StartsWithReceivingVerb(afterNext.Value.Text)) return null;
            // 部门之间主动的对接和沟通不够: two verbs joined by 和 and then a verdict (不够, 较少) or the end of the clause are a noun phrase,
            // the subject of that verdict (主动的对接和服务群众 goes on with an object: a predicate).
            if (afterNext.Value.Text is "和" or "与" or "及" or "以及" && IsCoordinatedNounPhrase(w)) return null;
            // 时时处处从严的要求还有差距: a head noun after the 的 (要求, 计划) with an adverb or 还/仍/尚 (有) after it is the subject of that predicate.
            if (HeadNouns.Contains(w.Next.Text) && (w.Lexicon.ClassOf(afterNext.Value.Text) is WordClass.Adverb || afterNext.Value.Text is "还有" or "仍有" or "尚有" or "还" or "仍" or "尚" or "仍然" or "依然")) return null;
            // 对干部及时的帮助十分感激: a degree word after the “verb” opens the predicate of a clause whose noun phrase ends with it;
            // 不够 closing the clause after a verb dict.txt tags v judges how the act was done (对资源认真的梳理不够。).
            if (w.Lexicon.ClassOf(afterNext.Value.Text) is WordClass.Degree && !(manner && IsActJudgedInsufficient(w))) return null;
            // 小心翼翼的驾驶着: an aspect particle after the verb shows the predicate; a noun may show a noun phrase (实事求是的工作作风).
            if (idiom && afterNext.Value.Text is not ("了" or "着" or "过") && w.Lexicon.ClassOf(afterNext.Value.Text) is WordClass.Nominal or WordClass.Other
                && !IsIdiomPredicate(w, afterNext.Value)) return null;
            // 以绝不重蹈覆辙的决心抓整改: after 以 the idiom and 的 build the noun phrase 以 takes (以…的决心/姿态), not an adverbial.
            if (idiom && !adverbial && w.WordsSinceInClause(YiPrepositions) >= 0) return null;
        }
        if (verb && afterModal && afterNext is { Text: "的" }) return null; // 要认真的学习的内容: still a noun phrase
        return new Finding("地", "adverbial", AdverbialReason, IsSafe: safe);
    }

    /// <summary>对这一根本宗旨的理解: a demonstrative right before the modifier opens a noun phrase, which the 的 continues.</summary>
    private static bool AfterDemonstrative(Window w) =>
        w.BeforePrevious is { Text: "这一" or "这种" or "这个" or "这些" or "那种" or "那些" or "该" or "此" or "这样" };

    /// <summary>有序, 有力, 无私, 无偿: a two-character 有X/无X word modifies verbs like a manner word (dict.txt tags some n). 热情 (n, a head
    /// noun after 以饱满的) counts as a manner word before 的 too: 热情的接待群众.</summary>
    private static bool IsHavingManner(string word) =>
        word.Length == 2 && word[0] is '有' or '无' && word is not ("有关" or "无关" or "有的" or "有些" or "有时" or "有人" or "无论" or "有所" or "无法" or "有点");

    /// <summary>A manner word, 的, a verb dict.txt tags v and 不够/不足 closing the clause: the verdict judges the act (认真的梳理不够。).</summary>
    private static bool IsActJudgedInsufficient(Window w) =>
        w.NextClass is WordClass.Verb && w.AfterNext is { Text: "不够" or "不足" } && w.AfterPredicate is not { IsHan: true };

    /// <summary>被动的应付上级督查要求，: at the start of a clause (or after 但, 并, 同时) a manner word, 的 and a verbal noun with an object
    /// that no degree or verdict word follows in the clause, nor a head noun other than one closing it, make a predicate (被动的应付心态依然存在
    /// stays a noun phrase).</summary>
    private static bool IsClauseInitialPredicate(Window w)
    {
        if (w.BeforePrevious is { } before && !PredicateConjunctions.Contains(before.Text) && before.Text is not ("但" or "但是" or "同时" or "而")) return false;
        if (w.BeforePrevious is null && w.TokenAt(-2) is { IsHan: false } mark && mark.Kind is not (TokenKind.Punctuation or TokenKind.Whitespace)) return false;
        if (w.NextClass is not WordClass.VerbalNoun || w.AfterNext is not { IsHan: true } obj || obj.Text == "的"
            || w.Lexicon.ClassOf(obj.Text) is not (WordClass.Nominal or WordClass.Distinguisher or WordClass.Pronoun or WordClass.VerbalNoun)) return false;
        for (int offset = 2; w.TokenAt(offset) is { IsHan: true } word; offset++)
        {
            // 被动的应付上级督查要求，: a head noun closing the clause ends the object; one with words after it heads a subject.
            bool closingHead = IsNounPhraseHead(word.Text) && offset >= 3 && w.TokenAt(offset + 1) is not { IsHan: true };
            if (IsNounPhraseHead(word.Text) && !closingHead || Verdicts.Contains(word.Text) || w.Lexicon.ClassOf(word.Text) is WordClass.Degree || word.Text == "的") return false;
        }
        return true;
    }

    /// <summary>做好, 抓好, 落实好: a verb with the result complement 好 is never a noun head (细致的做好作业批改).</summary>
    private static bool IsResultVerb(Window w) =>
        w.Next.Text.Length is 2 or 3 && w.Next.Text[^1] == '好' && w.NextClass is WordClass.Verb
        && w.Lexicon.ClassOf(w.Next.Text[..^1]) is WordClass.Verb && w.Next.Text is not ("爱好" or "喜好" or "看好");

    /// <summary>（一）坚定不移的推进党的领导…: an idiom, 的, a verb (not a verbal noun: 实事求是的工作作风) and a noun object that is no head
    /// noun and makes no word with the verb, where the clause or heading opens or a subject stands before the idiom: a predicate.</summary>
    private static bool IsIdiomPredicate(Window w, Token obj) =>
        w.NextClass is WordClass.Verb && w.Next.Text.Length == 2 && w.Lexicon.ClassOf(obj.Text) is WordClass.Nominal or WordClass.Other && obj.Text.Length >= 2
        && !IsNounPhraseHead(obj.Text) && !w.Tokenizer.IsWord(w.Next.Text + obj.Text)
        && w.LastWordOfClause() is { } last && !IsNounPhraseHead(last.Text)
        && OpensPredicate(w, w.BeforePrevious) && w.WordsSinceInClause(YiPrepositions) < 0;

    /// <summary>A noun that heads the noun phrase before it: a head noun, an attitude noun or a kind noun (问题, 态度, 方式).</summary>
    private static bool IsNounPhraseHead(string word) => HeadNouns.Contains(word) || AttitudeNouns.Contains(word) || KindNouns.Contains(word);

    /// <summary>Prepositions that take a noun phrase object (对积极主动的逐户走访给予肯定): a modifier right after them opens that object.</summary>
    private static readonly FrozenSet<string> ObjectPrepositions = FrozenSet.ToFrozenSet(
        ["对", "对于", "把", "为", "以", "向", "与", "同", "跟", "通过", "经过", "随着", "按照", "围绕", "从", "用", "关于", "针对"], StringComparer.Ordinal);

    /// <summary>Verbs whose subject receives something (赢得好评, 得到认可, 受到表扬): after a verb they open the predicate of a 的-phrase subject.
    /// jieba glues some with their object (赢得好评 n), so they are matched as the start of the token.</summary>
    private static bool StartsWithReceivingVerb(string word)
    {
        foreach (string verb in ReceivingVerbs)
            if (word.StartsWith(verb, StringComparison.Ordinal)) return true;
        return false;
    }

    private static readonly string[] ReceivingVerbs = ["赢得", "得到", "受到", "获得", "深受", "广受", "博得"];

    /// <summary>The word after 和/与 is a verb or verbal noun followed by the end of the clause, a degree word or a verdict word.</summary>
    private static bool IsCoordinatedNounPhrase(Window w) =>
        w.TokenAt(3) is { IsHan: true } second && w.Lexicon.ClassOf(second.Text) is WordClass.Verb or WordClass.VerbalNoun
        && (w.TokenAt(4) is not { IsHan: true } verdict || Verdicts.Contains(verdict.Text) || w.Lexicon.ClassOf(verdict.Text) is WordClass.Degree);

    /// <summary>Words that judge a noun phrase before them as a predicate (对接和沟通不够, 走访和慰问较少).</summary>
    private static readonly FrozenSet<string> Verdicts = FrozenSet.ToFrozenSet(
        ["不够", "不多", "不足", "较少", "偏少", "太少", "少", "多", "不到位", "有待", "欠缺", "不强", "不高", "仍", "仍然", "依然", "还", "也", "都"], StringComparer.Ordinal);

    /// <summary>积极主动, 认真细致, 深入细致: a four-character word made of a manner word (ad or the adverbial table) and a manner word or
    /// adjective, which jieba keeps whole and dict.txt tags n or z.</summary>
    private static bool IsPairedManner(Window w) =>
        w.Previous.Text.Length == 4 && w.Lexicon.ClassOf(w.Previous.Text[..2]) is WordClass.Adverbial
        && w.Lexicon.ClassOf(w.Previous.Text[2..]) is WordClass.Adverbial or WordClass.Adjective;

    /// <summary>班子成员认真的查摆问题。, 积极的完成任务。: a verb dict.txt tags v (not vn: 调研工作, 考核要求 are compound nouns), then a
    /// noun it commonly takes as its object closing the clause, after a subject or at the clause start: the verb and its object are the
    /// predicate (认真的查摆问题阶段 and 这是认真的查摆问题 stay noun phrases).</summary>
    private static bool ClosesWithObject(Window w) =>
        w.Next.Text.Length == 2 && w.Lexicon.DictionaryClassOf(w.Next.Text) is WordClass.Verb && w.AfterNext is { } obj
        && (ObjectNouns.Contains(obj.Text) || obj.Text == "工作" && (w.Next.Text[1] == '好' || w.Next.Text is "开展" or "推进"))
        && w.TokenAt(3) is not { IsHan: true } && OpensPredicate(w, w.BeforePrevious);

    /// <summary>Head nouns that are also the usual objects of report verbs (查摆问题, 完成任务, 查找差距). 工作 counts only after a verb
    /// that makes no compound noun with it (做好, 抓好, 开展, 推进; 帮扶工作, 调解工作 are noun phrases).</summary>
    private static readonly FrozenSet<string> ObjectNouns = FrozenSet.ToFrozenSet(["问题", "任务", "目标", "差距", "不足"], StringComparer.Ordinal);

    /// <summary>耐心细致, 扎实有序, 全面系统 as two words: a manner word, then an adjective or another word that modifies verbs (dict.txt
    /// tags 有序 and 系统 n); or an adjective, then a manner word (坦诚深入: dict.txt tags 坦诚 a).</summary>
    private static bool IsMannerPair(Window w) =>
        w.Previous.Text.Length == 2 && w.BeforePrevious is { Text.Length: 2 } first && w.Lexicon.ClassOf(first.Text) switch
        {
            WordClass.Adverbial => w.PreviousClass is WordClass.Adjective || CanBeAdverbial(w, w.Previous),
            WordClass.Adjective => w.PreviousClass is WordClass.Adverbial,
            _ => false,
        };

    /// <summary>What stands before a modifier can open a predicate with it: nothing (the clause starts), a subject, an adverb, a
    /// modal, 没有 or 是否, a conjunction that joins predicates (并), an item marker (一是), a locative closing a subject or a setting
    /// (全村上下, 工作中; dict.txt tag f); not a verb, a preposition or 是, which would take the 的-phrase as an object.</summary>
    private static bool OpensPredicate(Window w, Token? before) =>
        before is not { } word || word.Text.Length >= 2 && w.Tokenizer.GetWordTag(word.Text) is "f" || IsItemMarker(word.Text) || PredicateConjunctions.Contains(word.Text) || Modals.Contains(word.Text) || Negations.Contains(word.Text) || PredicateAdverbs.Contains(word.Text)
        || w.Lexicon.ClassOf(word.Text) is WordClass.Nominal or WordClass.Pronoun or WordClass.Adverb && !Copulas.Contains(word.Text) && !DummyVerbs.Contains(word.Text);

    /// <summary>一是, 二是 …: an item marker opens a clause the way a line start does.</summary>
    private static bool IsItemMarker(string word) => word.Length == 2 && word[1] == '是' && "一二三四五六七八九十".Contains(word[0], StringComparison.Ordinal);

    /// <summary>Conjunctions that join predicates (及时发现并耐心细致的做好, 而且, 又): what follows them is a predicate, never an object.</summary>
    private static readonly FrozenSet<string> PredicateConjunctions = FrozenSet.ToFrozenSet(["并", "并且", "而且", "且", "又", "再", "进而", "从而"], StringComparer.Ordinal);

    /// <summary>逐户做好, 上门走访, 逐项核查: a word that only ever modifies a verb after the particle, then a verb (a verbal noun there is
    /// a verb too) whose object or next verb is not a head noun (主动的上门服务意识 stays a noun phrase; jieba keeps 上门服务 whole anyway).</summary>
    private static bool IsPreverbalPhrase(Window w)
    {
        bool preverbal = PreverbalWords.Contains(w.Next.Text) || w.Next.Text.Length == 2 && w.Next.Text[0] == '逐' && w.NextClass is WordClass.Adverb;
        if (!preverbal || w.AfterNext is not { IsHan: true } verb || w.Lexicon.ClassOf(verb.Text) is not (WordClass.Verb or WordClass.VerbalNoun)) return false;
        // 群众对主动的上门走访很满意: a degree or verdict word after the verb judges the 的-phrase, a noun phrase.
        return w.TokenAt(3) is not { IsHan: true } after || after.Text != "的" && !HeadNouns.Contains(after.Text) && !AttitudeNouns.Contains(after.Text)
            && !Verdicts.Contains(after.Text) && w.Lexicon.ClassOf(after.Text) is not WordClass.Degree;
    }

    /// <summary>Words that stand only before a verb (逐一, 上门, 亲自, 进一步): after them a verb always follows, never a noun head.</summary>
    private static readonly FrozenSet<string> PreverbalWords = FrozenSet.ToFrozenSet(
        ["逐一", "逐户", "逐项", "逐个", "逐条", "逐级", "逐村", "逐人", "一一", "亲自", "进一步", "上门", "登门", "入户", "当面", "挨家挨户", "尽快", "及早"], StringComparer.Ordinal);

    /// <summary>是 and the words ending in it that say what something is (这是, 都是, 多是; not the contrastive 不是, 还是): the 的-phrase after them is a noun phrase
    /// unless its verb has its own object.</summary>
    private static readonly FrozenSet<string> Copulas = FrozenSet.ToFrozenSet(
        ["是", "这是", "那是", "就是", "都是", "也是", "正是", "更是", "多是", "即是", "便是"], StringComparer.Ordinal);

    /// <summary>The verb after the particle has a noun object that is not a head noun (照搬会议新闻, 拼凑上级文件; not 照搬照抄问题), only nouns
    /// follow it to the end of the clause, the last of them names no way of doing (审批程序), and 是 is not the 是 of “…的是”.</summary>
    private static bool HasObjectToClauseEnd(Window w) =>
        w.NextClass is WordClass.Verb && w.AfterNext is { IsHan: true } obj && w.Lexicon.ClassOf(obj.Text) is WordClass.Nominal or WordClass.Distinguisher
        && !HeadNouns.Contains(obj.Text) && !AttitudeNouns.Contains(obj.Text) && w.OnlyNounsToClauseEnd(3)
        && !w.Tokenizer.IsWord(w.Next.Text + obj.Text) && w.LastWordOfClause() is { } last && !KindNouns.Contains(last.Text)
        && w.TokenAt(-3) is not { Text: "的" }; // 执行的是严格的审批程序: after “…的是” a noun phrase is named

    /// <summary>Nouns that name a way of doing something or a relation it makes (审批程序, 应对策略, 收购关系, 管理模式, 运行状态): a verb
    /// before them makes a compound noun, not a verb and its object.</summary>
    private static readonly FrozenSet<string> KindNouns = FrozenSet.ToFrozenSet(
        ["关系", "方式", "状态", "局面", "格局", "形式", "结构", "链条", "程序", "流程", "策略", "方案", "办法", "模式", "规定", "规则", "手段", "路径", "步骤", "机制", "制度", "理念", "原则", "政策"], StringComparer.Ordinal);

    /// <summary>对发现的问题坚决的…: the manner word follows nouns that close a 的-phrase (的 + noun), so 对's object ended there.</summary>
    private static bool FollowsNounPhrase(Window w)
    {
        // 对查出的问题认真的整改落实情况进行了通报: a verb such as 进行 later in the clause is the predicate, so 对's object runs on to it.
        if (HasDummyVerbLater(w)) return false;
        // 对群众反映的噪音扰民问题及时的…: up to three nouns between that 的 and the manner word.
        for (int offset = 2; offset <= 5; offset++)
        {
            if (w.TokenAt(-offset) is not { IsHan: true } word) return false;
            if (word.Text == "的") return offset > 2;
            if (w.Lexicon.ClassOf(word.Text) is not WordClass.Nominal) return false;
        }
        return false;
    }

    /// <summary>A verb that takes a verbal-noun object (进行, 作出 …) stands later in the clause after the particle.</summary>
    private static bool HasDummyVerbLater(Window w)
    {
        for (int offset = 2; w.TokenAt(offset) is { IsHan: true } later; offset++)
            if (DummyVerbs.Contains(later.Text)) return true;
        return false;
    }

    /// <summary>A degree or negation word right before the modifier (对整改不积极的逐一约谈): the modifier is then a predicate.</summary>
    private static bool AfterDegree(Window w) => w.BeforePrevious is { } degree && w.Lexicon.ClassOf(degree.Text) is WordClass.Degree;

    /// <summary>北斗系统的应用, 监测系统的运行: a two-character word dict.txt calls a noun (系统, 机械; the table makes them adverbials for
    /// 系统地学习) right after another noun ends a compound noun, an attribute, not an adverbial.</summary>
    private static bool EndsCompoundNoun(Window w) =>
        w.Previous.Text.Length == 2 && w.Lexicon.DictionaryClassOf(w.Previous.Text) is WordClass.Nominal
        && w.BeforePrevious is { Text.Length: >= 2 } noun && w.Lexicon.DictionaryClassOf(noun.Text) is WordClass.Nominal
        && w.Lexicon.ClassOf(noun.Text) is not WordClass.Adverbial; // 全面系统的学习: dict.txt tags 全面 n, the table a manner word

    /// <summary>一件一件, 一天一天 (two equal tokens 一 + measure) or 一步步, 一件件 (一 + a doubled measure) before the particle.</summary>
    private static bool IsStepByStep(Window w)
    {
        string previous = w.Previous.Text;
        if (previous.Length == 3 && previous[0] == '一' && previous[1] == previous[2]) return true;
        return previous.Length == 2 && previous[0] == '一' && w.BeforePrevious is { } before && before.Text == previous;
    }

    /// <summary>A four-character word jieba glued from a verb and what follows it (贯彻落实 i, 化解矛盾 l), or a 一X了之 idiom, which
    /// always says how something is dealt with (一推了之, 一罚了之), or a glued preverbal phrase (上门服务).</summary>
    private static bool IsVerbPhrase(Window w) =>
        w.Next.Text.Length == 4 && w.NextClass is WordClass.Idiom or WordClass.Other
        && (w.Lexicon.ClassOf(w.Next.Text[..2]) is WordClass.Verb || w.Next.Text[0] == '一' && w.Next.Text.EndsWith("了之", StringComparison.Ordinal)
            || IsGluedPreverbalPhrase(w))
        || w.Next.Text.Length == 2 && w.Next.Text[0] == '一' && w.AfterNext is { Text: "了" } && w.AfterPredicate is { Text: "之" }; // 一罚|了|之

    /// <summary>上门服务, 入户走访 glued into one token: a preverbal word and its verb, unless a head noun or 的 follows (上门服务意识) or a
    /// preposition in the clause takes the 的-phrase as its object (群众对干部主动的上门服务普遍满意).</summary>
    private static bool IsGluedPreverbalPhrase(Window w) =>
        PreverbalWords.Contains(w.Next.Text[..2]) && w.AfterNext is not { Text: "的" } && !(w.AfterNext is { } head && IsNounPhraseHead(head.Text))
        && w.WordsSinceInClause(ObjectPrepositions) < 0;

    /// <summary>认真的学习、系统思考: the verb is the first of a series whose next item is an adverbial word and a verb with no particle
    /// between them, so the first item is an adverbial and its verb as well (认真的学习、深入的思考 may be two noun phrases).</summary>
    private static bool IsFirstOfAdverbialSeries(Window w) =>
        w.AfterNext is { Text: "、" } && w.TokenAt(3) is { IsHan: true } modifier && w.Lexicon.ClassOf(modifier.Text) is WordClass.Adverbial
        && w.TokenAt(4) is { IsHan: true } verb && w.Lexicon.ClassOf(verb.Text) is WordClass.Verb;

    /// <summary>Words before an adverbial that make the verb after it a predicate (没有及时地跟进, 是否认真地落实).</summary>
    private static readonly FrozenSet<string> Negations = FrozenSet.ToFrozenSet(["没有", "没", "未", "未能", "是否"], StringComparer.Ordinal);

    /// <summary>存在盲目的上马、边设计边施工现象, 出现随意的调整等问题: a manner word (ad), 的 and a verb after 存在/出现, in a clause that
    /// ends with 现象/问题/倾向 (what exists is a kind of behaviour the verb phrase describes), so the manner word is its adverbial.</summary>
    private static bool IsDescribedEvent(Window w) =>
        w.PreviousClass is WordClass.Adverbial && w.NextClass is WordClass.Verb && w.BeforePrevious is { Text: "存在" or "出现" }
        && w.LastWordOfClause() is { } last && BehaviourNouns.Contains(last.Text);

    /// <summary>Nouns that close 存在/出现 … and name a kind of behaviour.</summary>
    private static readonly FrozenSet<string> BehaviourNouns = FrozenSet.ToFrozenSet(["现象", "问题", "倾向", "情况", "行为"], StringComparer.Ordinal);

    /// <summary>Adverbs of scope and habit that open a predicate (只是机械地背诵, 一味被动地应付): dict.txt tags some c, m or t.</summary>
    private static readonly FrozenSet<string> PredicateAdverbs = FrozenSet.ToFrozenSet(
        ["只是", "仅仅", "只", "仅", "一味", "总是", "往往", "常常", "经常"], StringComparer.Ordinal);

    /// <summary>Adverbs of frequency that count acts (有时没有及时地回应, 经常没有认真地反馈): before 没有 they make it the negation of a verb
    /// phrase, so a noun of behaviour after the manner word is the verb (没有及时的回应 alone still reads either way).</summary>
    private static readonly FrozenSet<string> FrequencyAdverbs = FrozenSet.ToFrozenSet(
        ["有时", "有时候", "往往", "经常", "常常", "时常", "总是", "偶尔", "多次", "屡次", "一再"], StringComparer.Ordinal);

    /// <summary>Verbs that name a behaviour or a response as a noun object of 没有 (没有积极的表现, 没有及时的回应 read either way;
    /// 未能及时的回应 does not: 未能 takes a verb phrase).</summary>
    private static readonly FrozenSet<string> EventNouns = FrozenSet.ToFrozenSet(
        ["表现", "作为", "行动", "反应", "回应", "反馈", "答复", "交代", "结果", "变化", "改变", "进展", "发展", "认识", "了解", "理解"], StringComparer.Ordinal);

    /// <summary>A verbal noun that shows itself a verb by a result or aspect complement right after it (被动的应付了, 认真的研读了),
    /// or a word dict.txt tags a noun when the complement closes the clause (一天一天的过去了。, 深切的感觉到，; not 真正的党员到了关键
    /// 时刻, where the noun is a subject), or 等 (“wait”) before its object (习惯性的等上级拿意见; 等 “and so on” closes a list, never after an
    /// adverbial).</summary>
    private static bool ShowsVerb(Window w) =>
        w.AfterNext is { Text: "到" or "了" or "着" or "起来" or "出来" or "下去" }
            && (w.NextClass is WordClass.VerbalNoun || w.NextClass is WordClass.Nominal && w.AfterPredicate is not { Kind: not TokenKind.Punctuation })
        || w.NextClass is WordClass.VerbalNoun && w.AfterNext is { IsHan: true } pronoun && pronoun.Text != "的" && w.Lexicon.ClassOf(pronoun.Text) is WordClass.Pronoun
        || w.Next.Text is "等" && w.AfterNext is { IsHan: true } waited && w.Lexicon.ClassOf(waited.Text) is WordClass.Nominal or WordClass.Pronoun or WordClass.Distinguisher
            && !HeadNouns.Contains(waited.Text) && waited.Text is not ("方面" or "领域" or "环节");

    /// <summary>A subject, an adverbial word, 的 and a verbal noun with its object (部分同志被动的应付检查考核): a subject right before the
    /// adverbial makes the rest its predicate; an object that is a head noun (参与热情, 服务意识) keeps the noun-phrase reading.</summary>
    private static bool IsPredicateAfterSubject(Window w) =>
        w.NextClass is WordClass.VerbalNoun && w.BeforePrevious is { } subject && w.Lexicon.ClassOf(subject.Text) is WordClass.Nominal or WordClass.Pronoun or WordClass.VerbalNoun
        && !(w.BeforeBeforePrevious is { } before && w.Lexicon.ClassOf(before.Text) is WordClass.Verb or WordClass.Preposition)
        && w.AfterNext is { IsHan: true } obj && obj.Text is not "的" && !HeadNouns.Contains(obj.Text) && !AttitudeNouns.Contains(obj.Text)
        && w.Lexicon.ClassOf(obj.Text) is WordClass.Nominal or WordClass.VerbalNoun or WordClass.Distinguisher or WordClass.Pronoun
        && w.OnlyNounsToClauseEnd(3);

    /// <summary>对整改进展缓慢的实行督办: the 的 closes a subject–predicate phrase (进展缓慢) that, with what else follows 对 in the clause,
    /// is the object of 对 (“those whose progress is slow”); an adverbial 地 would need 对 to have closed on a shorter object first
    /// (对群众耐心地解释). Taken as nominal when 对/对于 opens the clause part and two or more words stand between it and the modifier
    /// (its subject, 进展 or 推进, the second of them).</summary>
    private static bool ClosesObjectOfDui(Window w) => w.WordsSinceInClause(DuiPrepositions) >= 2;

    /// <summary>Prepositions that frame a whole clause with a noun-phrase object (围绕乡村振兴, 按照上级部署, 聚焦群众关切).</summary>
    private static readonly FrozenSet<string> FramingPrepositions = FrozenSet.ToFrozenSet(
        ["围绕", "紧紧围绕", "按照", "对照", "聚焦", "根据", "依据", "结合", "立足", "紧扣", "针对"], StringComparer.Ordinal);

    private static readonly FrozenSet<string> YiPrepositions = FrozenSet.ToFrozenSet(["以"], StringComparer.Ordinal);

    private static readonly FrozenSet<string> DuiPrepositions = FrozenSet.ToFrozenSet(["对", "对于"], StringComparer.Ordinal);

    /// <summary>积极性显著的提升。: a subject noun, a two-character adjective, 的 and a verb (dict.txt v, not vn) closing the clause; or
    /// 没有高效的完成年度任务: 没有/未能/未 before the adjective and a verb with a noun object (not a noun of behaviour: 没有明显的变化).
    /// Either way the verb is the predicate, so the adjective is its adverbial.</summary>
    private static bool IsAdjectivePredicate(Window w)
    {
        if (w.Previous.Text.Length != 2 || w.PreviousClass is not WordClass.Adjective || w.Tokenizer.GetWordTag(w.Next.Text) != "v" || w.BeforePrevious is not { } before) return false;
        if (w.NextClosesClause)
            return before.Text.Length >= 2 && w.Lexicon.ClassOf(before.Text) is WordClass.Nominal && w.BeforeBeforePrevious is not { Text: "了" }
                && !(w.BeforeBeforePrevious is { } verb && w.Lexicon.ClassOf(verb.Text) is WordClass.Verb or WordClass.Preposition);
        return before.Text is "没有" or "未能" or "未" && !EventNouns.Contains(w.Next.Text)
            && w.AfterNext is { IsHan: true } obj && obj.Text.Length >= 2 && w.Lexicon.ClassOf(obj.Text) is WordClass.Nominal;
    }

    /// <summary>Two-character adjective or AA word + 的 + verb followed by an aspect particle or a pronoun object
    /// (耐心的解答他们, 勇敢的站了出来, 深深的吸了一口气) → 地: a noun-phrase head is never followed by these.</summary>
    private static Finding? AdjectiveBeforeVerbWithAspect(Window w)
    {
        bool modifier = w.PreviousClass is WordClass.Adjective or WordClass.State or WordClass.Idiom && w.Previous.Text.Length >= 2 || IsReduplicated(w.Previous.Text);
        if (!modifier || w.NextClass is not WordClass.Verb) return null;
        if (AfterDummyVerb(w)) return null;
        if (IsAdjectivePredicate(w)) return new Finding("地", "adverbial", AdverbialReason);
        if (w.AfterNext is not { } after) return null;
        bool verbal = after.Text is "了" or "着" or "过" or "到" or "起来" || w.Lexicon.ClassOf(after.Text) is WordClass.Pronoun;
        // 飞快的跑出门, 惊恐的躲在屏幕后: a directional or locative complement also marks a verb, not a noun-phrase head.
        bool directional = after.Text is "在" or "出" or "进" or "回" or "上" or "下" or "出来" or "下去" or "过来" or "起" or "向" or "着";
        if (verbal || IsResultVerb(w)) return new Finding("地", "adverbial", AdverbialReason);
        return directional ? new Finding("地", "adverbial", AdverbialReason) : null;
    }
}
