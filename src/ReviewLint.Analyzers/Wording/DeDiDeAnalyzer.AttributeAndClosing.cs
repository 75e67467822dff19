using System.Collections.Frozen;
using ReviewLint.Analyzers.Lexicon;
using ReviewLint.Tokenization;

namespace ReviewLint.Analyzers.Wording;

/// <summary>RL2002, the other signals: 得/地 before a head noun (落实得情况 → 的), 的 for 地 after 的 phrases, 地/得 closing a clause.</summary>
public sealed partial class DeDiDeAnalyzer
{
    /// <summary>DE-DE-3: 得 standing alone before a noun (落实得情况, 时期得制度): a complement is never a bare noun → 的.</summary>
    private static Finding? AttributeDe(Window w)
    {
        if (VerbDeContext.Contains(w.Previous.Text)) return null;
        if (IsCognitionAfterModifier(w)) return new Finding("地", "adverbial-de", AdverbialReason); // 清醒得认识到 (before 意识 is read as a noun)
        // 让群众多得收益, 少得实惠: the numeral 多/少 alone before 得 and a noun says how much is obtained: 得 is the verb dé
        // (not after a degree word or a number: 更多得品牌, 一年多得时间 are attributes).
        if (IsMoreOrLessObtained(w)) return null;
        // 让群众得实惠, 确保农民得好处: after 让/使/确保 + who, the 得 is the verb “to get”, the clause's predicate.
        if (w.BeforePrevious is { Text: "让" or "使" or "叫" or "令" or "使得" or "确保" or "保证" } && w.PreviousClass is WordClass.Nominal or WordClass.Pronoun) return null;
        if (PersonalPronouns.Contains(w.Previous.Text) && w.NextClass is not (WordClass.Verb or WordClass.Preposition or WordClass.Adverb or WordClass.Degree or WordClass.Adjective or WordClass.Other))
            return new Finding("的", "attribute-de", AttributeReason); // 他得这种品质 (but 他得去: 得 is děi)
        if (w.PreviousClass is WordClass.Nominal && w.Previous.Text.Length >= 2 && !CanBeAdverbial(w, w.Previous) && w.NextClass is WordClass.Adjective
            && (w.NextClosesClause || w.AfterNext is { } head && w.Lexicon.ClassOf(head.Text) is WordClass.Nominal || ClosesWithVerb(w, w.AfterNext)))
            return new Finding("的", "attribute-de", AttributeReason); // 泥土得清新，辽阔得宇宙, 群众得广泛认可。: a noun takes no complement
        // 患者得就医体验。: a noun, 得, a verb and a noun closing the clause make one noun phrase (the verb dé takes no verb before its object).
        if (w.PreviousClass is WordClass.Nominal && w.Previous.Text.Length >= 2 && !CanBeAdverbial(w, w.Previous) && w.Next.Text.Length >= 2
            && w.NextClass is WordClass.Verb or WordClass.VerbalNoun && w.AfterNext is { Text.Length: >= 2 } noun && w.Lexicon.ClassOf(noun.Text) is WordClass.Nominal
            && w.AfterPredicate is not { IsHan: true })
            return new Finding("的", "attribute-de", AttributeReason);
        // 比学赶超得良好氛围。: a four-character token of an adjective and a noun closing the clause is a noun phrase, never a complement.
        if (w.Next.Text.Length == 4 && w.NextClosesClause && w.NextClass is not WordClass.Idiom && w.Lexicon.DictionaryClassOf(w.Next.Text[..2]) is WordClass.Adjective
            && w.Lexicon.DictionaryClassOf(w.Next.Text[2..]) is WordClass.Nominal)
            return new Finding("的", "attribute-de", AttributeReason);
        if (w.PreviousClass is WordClass.Nominal && w.NextClass is WordClass.Numeral or WordClass.Distinguisher or WordClass.Pronoun)
            return new Finding("的", "attribute-de", AttributeReason); // 目前得主要危险, 体系得一个趋势
        if (w.PreviousClass is WordClass.Nominal && w.Previous.Text.Length >= 2 && w.Next.Text.Length >= 2 && w.NextClass is WordClass.Verb or WordClass.VerbalNoun && (w.NextClosesClause || w.AfterNext is { Text: "、" or "和" or "与" or "及" }))
            return new Finding("的", "attribute-de", AttributeReason); // 对音乐得热爱。 (自豪得说: dict.txt tags 自豪 n)
        if (IsOneCharacterHeadClosingClause(w))
            return new Finding("的", "attribute-de", AttributeReason); // 该办得事。
        if (w.NextClass is not WordClass.Nominal || w.Next.Text.Length < 2) return null;
        if (w.PreviousClass is WordClass.Adjective && w.Previous.Text.Length >= 2 && w.AfterNext is { } compound
            && w.Lexicon.ClassOf(compound.Text) is WordClass.Nominal or WordClass.VerbalNoun)
            return new Finding("的", "attribute-de", AttributeReason); // 良好得行业生态, 具体得数据资源: a noun compound is no complement
        if (w.PreviousClass is WordClass.Verb or WordClass.Adjective or WordClass.Other && !w.NextClosesPhrase) return null;
        // 装修得美轮美奂。: after a verb a four-character phrase closing the clause is a complement whatever dict.txt calls it (美仑美奂 nr).
        if (w.PreviousClass is WordClass.Verb && w.Next.Text.Length == 4 && w.NextClosesClause) return null;
        // 日子过得红火。: after a one-character verb (dict.txt tags 过 ug) a clause-final word is a complement whatever dict.txt calls it.
        if (w.PreviousClass is WordClass.Verb or WordClass.Other && w.Previous.Text.Length == 1 && w.NextClosesClause) return null;
        // 吓得脸色发白, 累得满头大汗 (dict.txt tags it ns): after a one-character verb or adjective, a noun with its own predicate or a
        // four-character phrase ending the clause is a complement.
        if (w.PreviousClass is WordClass.Verb or WordClass.Adjective or WordClass.Other && w.Previous.Text.Length == 1
            && (w.AfterNext is { } predicate && w.Lexicon.ClassOf(predicate.Text) is WordClass.Verb or WordClass.Adjective || w.Next.Text.Length == 4 && w.NextClosesClause)) return null;
        return new Finding("的", "attribute-de", AttributeReason);
    }

    /// <summary>The token is a verb of two or more characters that closes the clause (广泛认可。).</summary>
    private static bool ClosesWithVerb(Window w, Token? token) =>
        token is { Text.Length: >= 2 } verb && w.Lexicon.ClassOf(verb.Text) is WordClass.Verb or WordClass.VerbalNoun && w.AfterPredicate is not { IsHan: true };

    /// <summary>多/少 alone, after a word that is no degree word, numeral, measure or time word, before 得 and a noun (在产业链上多得收益).</summary>
    private static bool IsMoreOrLessObtained(Window w) =>
        w.Previous.Text is "多" or "少" && w.PreviousClass is WordClass.Numeral or WordClass.Adjective && w.NextClass is WordClass.Nominal
        && w.BeforePrevious is { IsHan: true } before && w.Lexicon.ClassOf(before.Text) is not (WordClass.Degree or WordClass.Numeral or WordClass.Measure)
        && before.Text[^1] is not ('年' or '月' or '天' or '周' or '个' or '更' or '最' or '很' or '较' or '太' or '越' or '许' or '好' or '缺');

    /// <summary>DI-DE: 地 standing alone (not part of 各地、实地、基地 …, which jieba keeps whole) before a noun (动物地本能) → 的.</summary>
    private static Finding? AttributeDi(Window w)
    {
        // 弘扬求真务实地作风，: a noun of attitude that is no verb (dict.txt n: 作风, 精神, 态度) closing the clause after a modifier is the
        // head of a noun phrase; checked before the noun reading of 地, which 实地 would give the idiom's last character.
        if (IsAttitudeHeadClosingClause(w)) return new Finding("的", "attribute-di", AttributeReason);
        if (IsNounDi(w)) return null;
        // 群众反映地供水、灌溉问题: a four-character “idiom” of a noun and a verb is a subject and its predicate, never an adverbial, so a
        // noun after the 地 is the head it modifies.
        if (IsSubjectPredicateIdiom(w) && w.NextClass is WordClass.Nominal && w.Next.Text.Length >= 2 && !w.NextTakesObject)
            return new Finding("的", "attribute-di", AttributeReason);
        // 取得了长足地进步。: the object of 取得/获得 is always a noun phrase, so a modifier and 地 before the word closing it are an attribute.
        if (IsObjectOfObtaining(w)) return new Finding("的", "attribute-di", AttributeReason);
        // 以更加主动地姿态, 以饱满地热情: 以 takes a noun phrase, so the word before 地 is an attribute of the noun.
        if (w.NextClass is WordClass.Nominal && w.Next.Text.Length >= 2
            && (w.BeforePrevious is { Text: "以" } || w.BeforePrevious is { } degree && w.Lexicon.ClassOf(degree.Text) is WordClass.Degree && w.BeforeBeforePrevious is { Text: "以" }))
            return new Finding("的", "attribute-di", AttributeReason);
        // 开展了深入地调研却没有…, 进行了深入地研究但…: an adverb or 但/而 after the verbal noun opens the next predicate, so the noun ended the object.
        if (AfterDummyVerb(w) && w.NextClass is WordClass.Verb or WordClass.VerbalNoun
            && (w.NextClosesClause || w.AfterNext is { Text: "和" or "与" or "、" or "但" or "但是" or "而" }
                || w.AfterNext is { } adverb && w.Lexicon.ClassOf(adverb.Text) is WordClass.Adverb))
            return new Finding("的", "object-di", ObjectReason);
        if (IsCompoundNounSubject(w))
            return new Finding("的", "attribute-di", AttributeReason); // 主动地防范意识不强
        if (w.Next.Text is "是" or "就是" && w.PreviousClass is WordClass.Nominal or WordClass.Pronoun or WordClass.VerbalNoun or WordClass.Verb && !CanBeAdverbial(w, w.Previous))
            return new Finding("的", "attribute-di", AttributeReason); // 靠地是, 讲地是
        if (PersonalPronouns.Contains(w.Previous.Text))
            return new Finding("的", "attribute-di", AttributeReason); // 他地行踪, 它们地主要食物, 我地描绘
        if ((w.PreviousClass is WordClass.Verb && w.Previous.Text.Length >= 2 || w.PreviousClass is WordClass.Numeral) && !CanBeAdverbial(w, w.Previous) && w.NextClass is WordClass.Nominal && w.Next.Text.Length >= 2 && !w.NextTakesObject)
            return new Finding("的", "attribute-di", AttributeReason); // 结束地时候, 带来地波尔卡舞, 无数地英雄人物
        if (w.PreviousClass is WordClass.Nominal && w.Previous.Text.Length >= 2 && !CanBeAdverbial(w, w.Previous) && w.Next.Text.Length >= 2 && w.NextClass is WordClass.Verb or WordClass.VerbalNoun
            && (w.NextClosesClause || w.AfterNext is { Text: "、" or "和" or "与" or "及" }))
            return new Finding("的", "attribute-di", AttributeReason); // 对电池地依赖。
        if (w.PreviousClass is WordClass.Nominal && w.NextClass is WordClass.Adjective or WordClass.Numeral or WordClass.Distinguisher)
            return new Finding("的", "attribute-di", AttributeReason); // 人民地友好情谊, 文章地第三部分
        if (IsOneCharacterHeadClosingClause(w))
            return new Finding("的", "attribute-di", AttributeReason); // 找回来地人，该办地事。
        if (w.PreviousClass is not (WordClass.Nominal or WordClass.Pronoun or WordClass.VerbalNoun or WordClass.Adjective or WordClass.Distinguisher or WordClass.Locative)) return null;
        if (w.PreviousClass is WordClass.Adjective or WordClass.Distinguisher)
            return w.NextClass is WordClass.Nominal && w.Next.Text.Length >= 2 && !w.NextTakesObject
                ? new Finding("的", "attribute-di", AttributeReason) // 宝贵地生命 (but 非法地利用它: dict.txt tags 利用 n)
                : null;
        if (w.NextClass is not WordClass.Nominal || w.Next.Text.Length < 2 && w.PreviousClass is not WordClass.Pronoun) return null;
        // 生动地串联起…: dict.txt tags some adverbial words vn (生动) and some verbs n (串联); a complement after the “noun” shows the verb.
        if (w.PreviousClass is WordClass.VerbalNoun && w.HasDirectional) return null;
        return new Finding("的", "attribute-di", AttributeReason);
    }

    /// <summary>群众反映, 干部落实: a four-character word dict.txt tags an idiom made of a noun and a verb.</summary>
    private static bool IsSubjectPredicateIdiom(Window w) =>
        w.Previous.Text.Length == 4 && w.PreviousClass is WordClass.Idiom
        && w.Lexicon.ClassOf(w.Previous.Text[..2]) is WordClass.Nominal && w.Lexicon.ClassOf(w.Previous.Text[2..]) is WordClass.Verb;

    /// <summary>An idiom, adjective or manner word of two or more characters, 地, then a noun of attitude that dict.txt tags n only and
    /// that ends the clause (求真务实地作风，, 认真地态度。): no verb follows to take the adverbial.</summary>
    private static bool IsAttitudeHeadClosingClause(Window w) =>
        w.Particle.Text == "地" && w.Previous.Text.Length >= 2 && w.PreviousClass is WordClass.Idiom or WordClass.Adjective or WordClass.Adverbial
        && AttitudeNouns.Contains(w.Next.Text) && w.Tokenizer.GetWordTag(w.Next.Text) == "n" && w.NextClosesClause;

    /// <summary>取得了长足地进步。, 获得显著地改善。: a verb of obtaining (with 了) before a modifier, 地 and one word closing the clause.</summary>
    private static bool IsObjectOfObtaining(Window w) =>
        w.Particle.Text == "地" && w.Next.Text.Length >= 2 && w.NextClosesClause && w.PreviousClass is not (WordClass.Verb or WordClass.Preposition)
        && (w.BeforePrevious is { } verb && ObtainingVerbs.Contains(verb.Text)
            || w.BeforePrevious is { Text: "了" } && w.BeforeBeforePrevious is { } verbWithAspect && ObtainingVerbs.Contains(verbWithAspect.Text));

    /// <summary>Verbs whose object is always a noun phrase of what was obtained (取得进步, 获得提升).</summary>
    private static readonly FrozenSet<string> ObtainingVerbs = FrozenSet.ToFrozenSet(["取得", "获得", "赢得", "收获"], StringComparer.Ordinal);

    /// <summary>An adverbial word, 地, a verb and a noun of attitude or ability, then the predicate (主动地防范意识不强, 积极地服务态度还不够):
    /// the verb and the noun make a compound noun (防范意识) that is the subject, so the modifier is its attribute; an object (主动地防范风险)
    /// is not one of these nouns, and no predicate follows it.</summary>
    private static bool IsCompoundNounSubject(Window w) =>
        w.Particle.Text == "地" && w.NextClass is WordClass.Verb or WordClass.VerbalNoun && w.AfterNext is { } head && AttitudeNouns.Contains(head.Text)
        && w.AfterPredicate is { IsHan: true } predicate && (predicate.Text is "不强" or "不够" or "不足" or "不高" or "淡薄" or "欠缺" or "有待" or "还" or "仍" or "仍然" or "比较" or "较" or "不"
            || w.Lexicon.ClassOf(predicate.Text) is WordClass.Degree);

    /// <summary>Nouns of attitude or ability that make a compound noun with a verb before them (防范意识, 服务态度, 学习能力).</summary>
    private static readonly FrozenSet<string> AttitudeNouns = FrozenSet.ToFrozenSet(
        ["意识", "态度", "精神", "作风", "习惯", "氛围", "热情", "劲头", "动力", "能力", "水平", "理念", "本领", "观念", "自觉"], StringComparer.Ordinal);

    /// <summary>A verb or noun of two or more characters, the particle, then a one-character noun that ends the clause
    /// (找回来地人，办好得事。): a one-character head noun, which no adverbial 地 or complement 得 comes before.</summary>
    private static bool IsOneCharacterHeadClosingClause(Window w) =>
        w.Next.Text.Length == 1 && w.NextClass is WordClass.Nominal && w.NextClosesClause
        && w.Previous.Text.Length >= 2 && w.PreviousClass is WordClass.Verb or WordClass.Nominal or WordClass.VerbalNoun && !CanBeAdverbial(w, w.Previous);

    /// <summary>增配必要的服务用车: a verb right before the modifier (not a modal such as 要, 应, 能, nor 没有, 是否) takes the 的-phrase as its object.</summary>
    private static bool AfterTransitiveVerb(Window w) =>
        w.BeforePrevious is { } verb && w.Lexicon.ClassOf(verb.Text) is WordClass.Verb && !Modals.Contains(verb.Text) && !Negations.Contains(verb.Text);

    /// <summary>Modal and auxiliary verbs: an adverbial follows them (要认真地学习), never an object.</summary>
    private static readonly FrozenSet<string> Modals = FrozenSet.ToFrozenSet(
        ["要", "应", "应当", "应该", "必须", "能", "能够", "会", "可以", "可", "敢于", "善于", "勇于", "愿意", "想", "得", "不能", "不会", "不要", "不应", "不可", "只能", "就要", "还要", "更要", "都要"], StringComparer.Ordinal);

    /// <summary>The modifier before the particle is itself after a verb that takes a verbal-noun object (进行了深入地探讨, 给予充分地肯定).</summary>
    private static bool AfterDummyVerb(Window w) =>
        w.BeforePrevious is { } before && (DummyVerbs.Contains(before.Text)
            || before.Text is "了" && w.BeforeBeforePrevious is { } verb && DummyVerbs.Contains(verb.Text));

    /// <summary>地 that is the noun “land” or the end of a place word (训练营地, 一块地): the character before it and 地 make a word.
    /// A single numeral before it makes 地 “place” (京津冀三地, 两地干部交流), and a single character after it that makes a word with it
    /// makes 地 the first half of that word (提升耕地地力, jieba cut 耕地|地|力).</summary>
    private static bool IsNounDi(Window w) =>
        w.Particle.Text == "地" && (w.PreviousClass is WordClass.Measure || w.Previous.Text[^1] is '块' or '片' or '亩' or '垄' // 这块地, 一片地
            || w.Previous.Text.Length >= 2 && w.Tokenizer.GetFrequency(w.Previous.Text[^1..] + "地") >= MinimumWordFrequency
            || w.Previous.Text is "两" or "三" or "四" or "五" or "六" or "七" or "八" or "九" or "十" or "数" or "几"
            || w.NextIsAdjacentHan && w.Next.Text.Length == 1 && w.NextClass is WordClass.Nominal && w.Tokenizer.IsWord("地" + w.Next.Text));

    /// <summary>12亩机动地, 两块承包地: a noun after a measure word and before 地 makes with it the name of a kind of land that is
    /// counted (机动地, 承包地, 责任地), and a noun with 地 that is itself a dictionary word (试验地 when jieba cut 试验|地) is one too.</summary>
    private static bool IsCountedLand(Window w) =>
        w.PreviousClass is WordClass.Nominal or WordClass.VerbalNoun or WordClass.Verb && w.Previous.Text.Length >= 2
        && (w.Tokenizer.IsWord(w.Previous.Text + "地")
            || w.BeforePrevious is { } measure && (w.Lexicon.ClassOf(measure.Text) is WordClass.Measure || measure.Text[^1] is '亩' or '块' or '片' or '处'));

    /// <summary>得 after an adverbial and before a verb or preposition (小心翼翼得开始, 慢慢得消化, 认真得学习) → 地: a complement
    /// follows a predicate, and these words are modifiers, not predicates.</summary>
    private static Finding? AdverbialDeForDe(Window w)
    {
        if (!CanBeAdverbial(w, w.Previous) || VerbDeContext.Contains(w.Previous.Text)) return null;
        if (w.NextClass is WordClass.Preposition) return new Finding("地", "adverbial-de", AdverbialReason);
        if (w.NextClass is not WordClass.Verb) return null;
        // dict.txt tags many nouns v (行为, 欲望): trust the verb only when what follows it is verbal too.
        bool verbal = w.AfterNext is { } after && (after.Text is "了" or "着" or "过" or "到" or "起来" or "出来"
            || w.Lexicon.ClassOf(after.Text) is WordClass.Pronoun or WordClass.Preposition or WordClass.Numeral or WordClass.Adverb or WordClass.Degree);
        // 积极得参与社区治理: after a word that only modifies (积极, 认真: ad), a verb of two or more characters with an object is the
        // predicate; a complement there is a state it causes, opened by 让/使/令 (认真得让人佩服), not a transitive verb and its object.
        // A word dict.txt calls a noun (系统: 增强北斗系统得应用效益 is 的) is left to the rules above.
        verbal |= w.PreviousClass is WordClass.Adverbial && w.Lexicon.DictionaryClassOf(w.Previous.Text) is not WordClass.Nominal && w.Next.Text.Length >= 2 && !Causatives.Contains(w.Next.Text)
            && w.AfterNext is { } obj && (obj.Text is "“" or "《" || obj.IsHan && obj.Text is not ("的" or "了")
            && (w.Lexicon.ClassOf(obj.Text) is WordClass.Nominal or WordClass.VerbalNoun or WordClass.Verb || obj.Text.Length >= 2 && w.Lexicon.ClassOf(obj.Text) is WordClass.Other));
        return verbal ? new Finding("地", "adverbial-de", AdverbialReason) : null;
    }

    /// <summary>清醒得认识到, 深刻得意识到: an adjective of two characters, 得 and a verb of cognition with its result complement 到: a
    /// complement after an adjective says a state (高兴得跳起来), never an act of realising, so the adjective is its adverbial.</summary>
    private static bool IsCognitionAfterModifier(Window w) =>
        w.Previous.Text.Length == 2 && w.PreviousClass is WordClass.Adjective or WordClass.Adverbial
        && (w.Next.Text is "认识到" or "意识到" or "体会到" or "感受到" or "察觉到" || w.Next.Text is "认识" or "意识" or "体会" or "感受" or "察觉" && w.AfterNext is { Text: "到" });

    /// <summary>地 after a verb and before a degree word or a clause-closing adjective (长地娇憨, 变地紧张, 做地很好) → 得.</summary>
    private static Finding? ComplementDi(Window w)
    {
        if (CanBeAdverbial(w, w.Previous)) return null;
        // 开展地有声有色，, 推进地比较顺利，, 工作进展地顺利。: after a verb a manner word, a graded one or a patterned four-character
        // phrase closing the clause is a complement, for an adverbial needs a verb after it. After a verbal noun (or a subject glued to
        // its verb) only a manner word that is no noun (顺利 ad) or a graded one counts: 对生活地热爱 is 的.
        if (w.NextClosesClause && !IsNounDi(w) && w.WordsSinceInClause(DuiPrepositions) < 0 && IsClosingComplementOfDi(w))
            return new Finding("得", "complement-di", ComplementReason);
        if (w.PreviousClass is not WordClass.Verb) return null;
        // 讲地很透: after a one-character verb a degree word opens a complement whatever it grades (透 is tagged v).
        if (w.Previous.Text.Length == 1 && w.NextClass is WordClass.Degree && !WeakDegreeWords.Contains(w.Next.Text) && w.AfterNext is { IsHan: true })
            return new Finding("得", "complement-di", ComplementReason);
        if (w.Previous.Text.Length > 1 && w.NextClass is not WordClass.Degree) return null;
        // 落实地不够到位: a degree word and a manner predicate dict.txt tags a verb (到位, 及时) are a complement as well.
        bool complement = w.NextClass is WordClass.Degree && w.AfterNext is { IsHan: true } after
            && (w.Lexicon.ClassOf(after.Text) is WordClass.Adjective or WordClass.Adverbial || MannerPredicates.Contains(after.Text))
            || w.NextClass is WordClass.Adjective or WordClass.Adverbial && (w.NextClosesClause || w.AfterNext is { Text: "了" });
        return complement ? new Finding("得", "complement-di", ComplementReason) : null;
    }

    /// <summary>The word after 地 closes the clause as a complement of the word before it (see <see cref="ComplementDi"/>).</summary>
    private static bool IsClosingComplementOfDi(Window w)
    {
        bool graded = w.NextClass is WordClass.Adverbial || MannerPredicates.Contains(w.Next.Text) || IsGluedDegreePhrase(w, w.Next.Text);
        if (w.PreviousClass is WordClass.VerbalNoun || IsGluedSubjectVerb(w)) return graded;
        if (w.PreviousClass is not WordClass.Verb) return false;
        string next = w.Next.Text;
        bool patterned = next.Length == 4 && (HanText.IsAabb(next) || next[0] == next[2] || next[1] == next[3]); // 有声有色, 井井有条, 不紧不慢
        return graded || w.NextClass is WordClass.Adjective || patterned && w.NextClass is WordClass.Idiom or WordClass.Other;
    }

    /// <summary>Verbs that open a complement of effect after 得 (认真得让人佩服, 积极得令人感动).</summary>
    private static readonly FrozenSet<string> Causatives = FrozenSet.ToFrozenSet(["让人", "使人", "令人", "叫人", "出奇", "要命", "不得了", "不行"], StringComparer.Ordinal);

    /// <summary>地/得 closing a clause after a noun, pronoun or adjective (牟利地，很苦得，) → 的: an adverbial or complement needs
    /// something after it, and 地 after a measure word is the noun (一块地).</summary>
    private static Finding? ClosingDe(Window w)
    {
        if (w.Particle.Text == "的" || CanBeAdverbial(w, w.Previous) || VerbDeContext.Contains(w.Previous.Text)) return null;
        if (w.PreviousClass is WordClass.Verb or WordClass.Measure or WordClass.Numeral or WordClass.Other || IsNounDi(w) || IsCountedLand(w)) return null;
        if (w.Following is { Text: "、" }) return null; // 超常规地、迅速地: adverbials in a series
        // 私种菜地；: jieba took the character before 地 into a longer word (种菜), and it makes a noun with 地 (菜地, counted 100 times in
        // dict.txt; not 易地, 29, in 性质变易地。). A single character before it would have been joined by jieba had it made one (中地).
        if (w.Particle.Text == "地" && w.Previous.Text.Length >= 2 && w.Tokenizer.GetFrequency(w.Previous.Text[^1..] + "地") >= MinimumNounDiFrequency) return null;
        // 记笔记、交心得，: the same for 得 (交心|得 is 交 + 心得).
        if (w.Particle.Text == "得" && w.Previous.Text.Length >= 2 && w.Tokenizer.GetFrequency(w.Previous.Text[^1..] + "得") >= MinimumNounDiFrequency) return null;
        foreach (string other in Particles)
            if (other != w.Particle.Text && w.Tokenizer.IsWord(w.Previous.Text + other)) return null; // 记地 → 记得? 大得 → 大地?
        return new Finding("的", "closing", AttributeReason);
    }

    /// <summary>Words an adverbial 地 can follow: adverbs, adverbial adjectives, state words, idioms, reduplications.</summary>
    private static bool CanBeAdverbial(Window w, Token word) => w.Lexicon.ClassOf(word.Text) switch
    {
        WordClass.Adverbial or WordClass.Adverb or WordClass.State or WordClass.Idiom => true,
        _ when word.Text.Length == 2 && word.Text[0] is '有' or '无' => true, // 有力地, 有序地, 无私地: dict.txt tags some of them n
        WordClass.Nominal or WordClass.Pronoun => false, // 妈妈, 人人
        _ => IsReduplicated(word.Text),
    };

    private static readonly string[] Particles = ["的", "地", "得"];

    /// <summary>How frequent (jieba dict.txt count) a word made with another particle must be to suggest it.</summary>
    private const int MinimumWordFrequency = 500;

    /// <summary>How frequent a word of a character and 地 must be for a clause-closing 地 to be read as the noun “land” (菜地, 坡地).</summary>
    private const int MinimumNounDiFrequency = 50;

    private static bool IsReduplicated(string word) => word.Length == 2 && word[0] == word[1] || HanText.IsAabb(word);

}
