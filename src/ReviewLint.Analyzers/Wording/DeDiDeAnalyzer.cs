using System.Collections.Frozen;
using System.Collections.Immutable;
using ReviewLint.Analysis;
using ReviewLint.Analyzers.Lexicon;
using ReviewLint.Diagnostics;
using ReviewLint.Text;
using ReviewLint.Tokenization;

namespace ReviewLint.Analyzers.Wording;

/// <summary>RL2002: 的/地/得 misuse found from the word classes around a standalone 的/地/得 token (or one jieba glued into a
/// non-word): 的/得 before a verb after an adverbial (认真的学习 → 地), 的/地 before a complement (做的不够 → 得), 得/地 between a
/// modifier and its head noun (落实得情况 → 的), 地/得 closing a clause, and a particle that splits a word (取的成效 → 取得).</summary>
public sealed class DeDiDeAnalyzer : DiagnosticAnalyzer
{
    public static readonly DiagnosticDescriptor Rule = new(
        id: "RL2002",
        name: "de-di-de",
        title: "“的、地、得”误用",
        messageFormat: "“{0}”中的“{1}”疑为“{2}”之误：{3}。",
        category: DiagnosticCategory.Wording,
        defaultSeverity: DiagnosticSeverity.Warning,
        description: "依据前后词的词类判断结构助词“的、地、得”的用法：状语修饰动词用“地”（认真地学习），动词、形容词后接补语用“得”（做得不够），定语修饰名词用“的”（落实的情况）。",
        isFixable: true);

    /// <summary>Diagnostic property naming the pattern that fired (adverbial, adverbial-de, complement-degree, complement-change,
    /// complement-end, complement-di, attribute-de, attribute-di, object-di, closing, in-word).</summary>
    public const string PatternProperty = "pattern";

    private const string InWordPattern = "in-word";
    private const string AdverbialReason = "修饰动词的状语后应用“地”";
    private const string ComplementReason = "动词、形容词后接补语应用“得”";
    private const string AttributeReason = "修饰名词的定语后应用“的”";
    private const string ObjectReason = "“进行、开展”等动词的宾语是名词性的，其定语后应用“的”";

    /// <summary>Verbs that take a noun phrase object: after them “认真的学习” is an object (进行认真的学习), not an adverbial.</summary>
    private static readonly FrozenSet<string> DummyVerbs = FrozenSet.ToFrozenSet(
        ["进行", "开展", "作出", "做出", "给予", "加以", "得到", "受到", "展开", "作", "有", "是", "经过", "通过", "缺乏", "缺少", "需要", "实行", "实施", "加强", "注重", "重视", "坚持"], StringComparer.Ordinal);

    /// <summary>Nouns that make a verb before them a modifier (认真的学习态度): the 的 then belongs to the noun phrase.</summary>
    private static readonly FrozenSet<string> HeadNouns = FrozenSet.ToFrozenSet(
        ["态度", "工作", "精神", "作风", "方式", "方法", "习惯", "氛围", "机制", "制度", "效果", "成果", "能力", "水平", "笔记", "计划",
         "活动", "任务", "体会", "意识", "过程", "阶段", "状态", "环境", "条件", "内容", "对象", "目标", "情况", "问题", "措施", "成效",
         "热情", "劲头", "动力", "质量", "体系", "理念", "思路", "经验", "作用", "人员", "时间", "机会", "效率", "重点", "要点", "要求",
         "标准", "事项", "清单", "不足", "成绩", "差距", "举措", "局面", "现象", "倾向", "心态", "心理", "思想", "状况", "做法",
         "程度", "次数", "频次", "力度", "进度", "覆盖面"], StringComparer.Ordinal);

    /// <summary>Personal pronouns: an adverbial 地 never follows them (他地 is always 他的 unless a verb follows: 自己地 is rare too).</summary>
    private static readonly FrozenSet<string> PersonalPronouns = FrozenSet.ToFrozenSet(
        ["我", "你", "他", "她", "它", "我们", "你们", "他们", "她们", "它们", "咱们", "大家", "人们", "别人", "人家"], StringComparer.Ordinal);

    /// <summary>Single characters that, standing alone before a 的, are the first half of a 得-word split by the typo (取的成效 → 取得).</summary>
    private static readonly FrozenSet<string> VerbsBeforeDe = FrozenSet.ToFrozenSet(["取", "获", "值", "赢", "觉", "晓"], StringComparer.Ordinal);

    /// <summary>Words before 得 that make it the verb dé/děi (不得, 可得, 让群众得实惠), never a particle.</summary>
    private static readonly FrozenSet<string> VerbDeContext = FrozenSet.ToFrozenSet(
        ["不", "可", "能", "会", "必须", "就", "都", "总", "才", "也", "还", "所", "各", "让", "使", "只", "要", "须", "应", "难", "必"], StringComparer.Ordinal);

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => [Rule];

    public override void Initialize(AnalysisContext context) => context.RegisterParagraphAction(IsFollowedByText, Analyze);

    /// <summary>True when a line break (and more text) follows the paragraph in its document.</summary>
    private static bool IsFollowedByText(DocumentAnalysisContext document, Syntax.Paragraph paragraph) => paragraph.Span.End < document.Text.Length;

    private static void Analyze(ParagraphAnalysisContext context, bool followedByText)
    {
        var tokens = WithLineBreak(Pieces(context.Tokens, context.Tokenizer), context.Text.Length, followedByText);
        DeDiDeLexicon? lexicon = null;
        for (int i = 1; i < tokens.Count; i++)
        {
            var particle = tokens[i];
            if (particle.Text is not ("的" or "地" or "得")) continue;
            lexicon ??= DeDiDeLexicon.For(context.Tokenizer);
            var window = new Window(tokens, i, lexicon, context.Tokenizer);
            if (!window.PreviousIsAdjacentHan) continue;
            Finding? finding;
            if (window.NextIsAdjacentHan)
            {
                finding = InWord(window, context.Tokenizer) ?? particle.Text switch
                {
                    "的" => AdverbialDe(window) ?? ComplementDe(window),
                    "得" => AttributeDe(window) ?? AdverbialDeForDe(window),
                    _ => AttributeDi(window) ?? ComplementDi(window),
                };
            }
            else finding = window.ClosesClause ? InWord(window, context.Tokenizer) ?? ClosingDe(window) : null;
            if (finding is not { } found) continue;
            string excerpt = window.Previous.Text + particle.Text + (window.NextIsAdjacentHan ? window.Next.Text : "");
            var fix = Fix.Replace(particle.Span, found.Right, found.IsSafe);
            var message = string.Format(Rule.MessageFormat, excerpt, particle.Text, found.Right, found.Reason);
            var properties = ImmutableDictionary<string, string>.Empty.Add(PatternProperty, found.Pattern);
            context.ReportDiagnostic(Rule, particle.Span, message, found.Severity, fix, properties);
        }
    }

    /// <summary>The tokens followed by the line break that ends the paragraph, when one does and a particle is among the last two
    /// tokens: a particle before a line break does not close a clause the way one before the end of the report or punctuation does
    /// (二、存在的不足 is a heading, not 存在得不足).</summary>
    private static IReadOnlyList<Token> WithLineBreak(IReadOnlyList<Token> tokens, int length, bool followedByText)
    {
        if (!followedByText || !(IsParticleAt(tokens, tokens.Count - 1) || IsParticleAt(tokens, tokens.Count - 2))) return tokens;
        return [.. tokens, new Token("\n", new TextSpan(length, 1), TokenKind.Whitespace)];
    }

    private static bool IsParticleAt(IReadOnlyList<Token> tokens, int index) => index >= 0 && tokens[index].Text is "的" or "地" or "得";

    /// <summary>The tokens with every non-word token that holds a 的/地/得 (jieba's HMM glues an unknown pair such as 赢地, 地是, 得大得)
    /// cut into the particle and the pieces around it, so the particle is judged like a standalone one.</summary>
    private static IReadOnlyList<Token> Pieces(TokenList tokens, ITokenizer tokenizer)
    {
        List<(int Index, Token[] Pieces)>? splits = null;
        for (int i = 0; i < tokens.Count; i++)
        {
            var token = tokens[i];
            bool glued = token.IsHan && token.Text.Length >= 2 && token.Text.AsSpan().IndexOfAny("的地得") >= 0 && !tokenizer.IsWord(token.Text);
            if (!glued) continue;
            var pieces = new List<Token>();
            int start = 0;
            for (int k = 0; k <= token.Text.Length; k++)
            {
                if (k < token.Text.Length && token.Text[k] is not ('的' or '地' or '得')) continue;
                if (k > start) pieces.Add(Piece(token, start, k - start));
                if (k < token.Text.Length) pieces.Add(Piece(token, k, 1));
                start = k + 1;
            }
            (splits ??= []).Add((i, [.. pieces]));
        }
        return splits is null ? tokens : new SplitTokenList(tokens, splits);
    }

    private static Token Piece(Token token, int offset, int length) =>
        new(token.Text.Substring(offset, length), new TextSpan(token.Start + offset, length), TokenKind.Han);

    /// <summary>A single character before or after the particle that makes a word with another of 的地得 but not with this one
    /// (当得 → 当地, 值地 → 值得, 目地 → 目的, and 已经的到 → 得到): jieba left them apart because the pair is not a word.
    /// A standalone 的 is too common to be judged this way (击出的球 is not 地球) unless the character is bound, i.e. rarely a word
    /// on its own (土的 → 土地, 的区 → 地区, 不的 → 不得 before a verb).</summary>
    private static Finding? InWord(Window w, ITokenizer tokenizer)
    {
        string particle = w.Particle.Text;
        bool hasNext = w.NextIsAdjacentHan;
        if (particle == "的")
        {
            if (hasNext && w.Next.Text == "到" && (w.PreviousClass is WordClass.Adverb or WordClass.Degree || w.AfterNext is { Text: "了" }))
                return new Finding("得", InWordPattern, "“得到”是词");
            if (VerbsBeforeDe.Contains(w.Previous.Text))
                return new Finding("得", InWordPattern, $"“{w.Previous.Text}得”是词");
            if (hasNext && w.Previous.Text == "不" && w.NextClass is WordClass.Verb)
                return new Finding("得", InWordPattern, "“不得”是词");
            // 懂的珍惜, 记的有一次, 这使的他, 显的有些: before a verb, a pronoun or 了 these verbs are 懂得、记得、使得、显得 (懂的道理 is an attribute).
            if (hasNext && w.Previous.Text is "懂" or "记" or "使" or "显" && w.BeforePrevious is not { Text: "所" }
                && (w.NextClass is WordClass.Verb or WordClass.Pronoun or WordClass.Adjective || w.Next.Text is "了" or "有") && w.Next.Text is not ("是" or "就是"))
                return new Finding("得", InWordPattern, $"“{w.Previous.Text}得”是词");
        }
        foreach (string other in Particles)
        {
            if (other == particle) continue;
            int ratio = particle == "的" ? 1 : 10; // a standalone 的 is common: there the word must be at least as frequent as the character
            // 土得可以掉渣: a 得 before a predicate is a complement marker, whatever word the character before it could make.
            bool complement = particle == "得" && hasNext
                && w.NextClass is not (WordClass.Nominal or WordClass.VerbalNoun or WordClass.Numeral or WordClass.Measure or WordClass.Locative or WordClass.Pronoun);
            if (w.Previous.Text.Length == 1 && !complement && IsSplitWord(tokenizer, w.Previous.Text, w.Previous.Text + other, w.Previous.Text + particle, ratio))
                return new Finding(other, InWordPattern, $"“{w.Previous.Text}{other}”是词");
            if (hasNext && w.Next.Text.Length == 1 && !StartsUnitName(w) && IsSplitWord(tokenizer, w.Next.Text, other + w.Next.Text, particle + w.Next.Text, ratio))
                return new Finding(other, InWordPattern, $"“{other}{w.Next.Text}”是词");
        }
        return null;
    }

    /// <summary>结对共建的区税务局: a level marker after the particle that heads a unit's name (区|税务局, 县|人民医院), not the end of 地区.</summary>
    private static bool StartsUnitName(Window w) =>
        w.Next.Text[0] is '区' or '县' or '市' or '省' or '镇' or '乡' && w.AfterNext is { Text.Length: >= 2 } unit
        && (unit.Text[^1] is '局' or '委' or '院' or '所' or '办' or '厅' or '处' or '部' or '队' or '站' || unit.Text is "政府" or "人民政府" or "人民" or "党委");

    /// <summary>The character and a particle make a frequent word, the written pair is no word, and the character is bound: it is
    /// used alone at most <paramref name="ratio"/> times as often as in the word (土 in 土地, 取 in 取得; not 上 in 地上).</summary>
    private static bool IsSplitWord(ITokenizer tokenizer, string character, string word, string written, int ratio)
    {
        int frequency = tokenizer.GetFrequency(word);
        return frequency >= MinimumWordFrequency && !tokenizer.IsWord(written) && frequency * ratio >= tokenizer.GetFrequency(character);
    }

    /// <summary>DE-DI-1: adverbial + 的 + verb or preposition (自觉的牢记, 更好的为群众服务) → 地. After a modal verb (要有效的化解矛盾纠纷,
    /// 应当实事求是的查找问题) an adjective or four-character word is an adverbial too: a modal takes a verb phrase, not a noun phrase, so
    /// the verb after the 的 is the predicate whatever follows it (问题, 。) and a four-character phrase jieba glued that starts with a verb
    /// (贯彻落实, 化解矛盾) counts as the verb.</summary>
    private static Finding? AdverbialDe(Window w)
    {
        if (EndsCompoundNoun(w)) return null;
        // 进行全面系统的学习研讨, 以扎实有效的举措: before a pair of manner words a verb, a preposition or 是 takes the 的-phrase as its object.
        bool pair = IsMannerPair(w);
        if (pair && !OpensPredicate(w, w.BeforeBeforePrevious)) return null;
        // 积极主动的对接, 认真细致的做好: two manner words jieba keeps as one word (dict.txt tags 积极主动 n, 认真细致 z) modify like each of them.
        bool manner = w.PreviousClass is WordClass.Adverbial || IsPairedManner(w) || pair;
        bool adverbial = manner || w.PreviousClass is WordClass.Adverb && w.Previous.Text.Length >= 2 || IsAabb(w.Previous.Text)
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
        bool verb = w.NextClass is WordClass.Verb || verbPhrase || preverbal || verbAfterNegation || adverbial && (ShowsVerb(w) || IsPredicateAfterSubject(w));
        if (!verb && w.NextClass is not WordClass.Preposition) return null;
        if (Modals.Contains(w.Next.Text)) return null; // 能立行立改的要马上改: a modal after the 的 makes the 的-phrase its subject
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
        if (verb && AfterTransitiveVerb(w) && !describedEvent && !preverbal) return null;
        // 对问题简单的一推了之, 对轻微违法有时简单的…: a glued verb phrase or an adverb before the modifier shows that 对's object has closed.
        // 对群众投诉未能及时的回应, 对新规定只是被动的应付: 未能, 未 or 只是 before the modifier opens the predicate, so 对's object has closed as well.
        // 对发现的问题坚决的予以纠正: 对's object is a whole 的-phrase (发现的问题) and a manner word after it opens the predicate.
        // 对反映的问题没有扎实的开展调查, 对推介的项目没有主动的去对接: 没有 before a manner word and a verb (not a noun of behaviour:
        // 没有及时的回应) opens the predicate too, unless a verb such as 进行 later in the clause is the predicate 对's object runs on to.
        bool negatedVerb = manner && w.BeforePrevious is { Text: "没有" or "没" } && w.NextClass is WordClass.Verb && !EventNouns.Contains(w.Next.Text) && !HasDummyVerbLater(w);
        bool objectClosed = verbPhrase || leadsPredicate || negatedVerb || manner && FollowsNounPhrase(w) || preverbal && !AfterDegree(w) || w.BeforePrevious is { } adverb && (w.Lexicon.ClassOf(adverb.Text) is WordClass.Adverb || adverb.Text is "未能" or "未");
        if (!objectClosed && ClosesObjectOfDui(w)) return null;
        var afterNext = w.AfterNext;
        // 没有及时的跟进。, 是否认真的落实: after a negation or 是否 the verb is the predicate even when it closes the clause.
        bool negated = adverbial && w.BeforePrevious is { } negation && Negations.Contains(negation.Text)
            && !(negation.Text is "没有" or "没" && EventNouns.Contains(w.Next.Text));
        if (verb && !afterModal && !verbPhrase && !describedEvent && !((negated || leadsPredicate) && w.NextClosesClause) && !IsFirstOfAdverbialSeries(w))
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
            // 对干部及时的帮助十分感激: a degree word after the “verb” opens the predicate of a clause whose noun phrase ends with it.
            if (w.Lexicon.ClassOf(afterNext.Value.Text) is WordClass.Degree) return null;
            // 小心翼翼的驾驶着: an aspect particle after the verb shows the predicate; a noun may show a noun phrase (实事求是的工作作风).
            if (idiom && afterNext.Value.Text is not ("了" or "着" or "过") && w.Lexicon.ClassOf(afterNext.Value.Text) is WordClass.Nominal or WordClass.Other
                && !IsIdiomPredicate(w, afterNext.Value)) return null;
            // 以绝不重蹈覆辙的决心抓整改: after 以 the idiom and 的 build the noun phrase 以 takes (以…的决心/姿态), not an adverbial.
            if (idiom && !adverbial && w.WordsSinceInClause(YiPrepositions) >= 0) return null;
        }
        if (verb && afterModal && afterNext is { Text: "的" }) return null; // 要认真的学习的内容: still a noun phrase
        return new Finding("地", "adverbial", AdverbialReason, IsSafe: safe);
    }

    /// <summary>（一）坚定不移的推进党的领导…: an idiom, 的, a verb (not a verbal noun: 实事求是的工作作风) and a noun object that is no head
    /// noun and makes no word with the verb, where the clause or heading opens or a subject stands before the idiom: a predicate.</summary>
    private static bool IsIdiomPredicate(Window w, Token obj) =>
        w.NextClass is WordClass.Verb && w.Next.Text.Length == 2 && w.Lexicon.ClassOf(obj.Text) is WordClass.Nominal or WordClass.Other && obj.Text.Length >= 2
        && !HeadNouns.Contains(obj.Text) && !AttitudeNouns.Contains(obj.Text) && !KindNouns.Contains(obj.Text) && !w.Tokenizer.IsWord(w.Next.Text + obj.Text)
        && w.LastWordOfClause() is { } last && !HeadNouns.Contains(last.Text) && !AttitudeNouns.Contains(last.Text) && !KindNouns.Contains(last.Text)
        && OpensPredicate(w, w.BeforePrevious) && w.WordsSinceInClause(YiPrepositions) < 0;

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
    /// tags 有序 and 系统 n).</summary>
    private static bool IsMannerPair(Window w) =>
        w.Previous.Text.Length == 2 && w.BeforePrevious is { Text.Length: 2 } first && w.Lexicon.ClassOf(first.Text) is WordClass.Adverbial
        && (w.PreviousClass is WordClass.Adjective || CanBeAdverbial(w, w.Previous));

    /// <summary>What stands before a modifier can open a predicate with it: nothing (the clause starts), a subject, an adverb, a
    /// modal, 没有 or 是否, a conjunction that joins predicates (并), an item marker (一是); not a verb, a preposition or 是, which would take the 的-phrase as an object.</summary>
    private static bool OpensPredicate(Window w, Token? before) =>
        before is not { } word || IsItemMarker(word.Text) || PredicateConjunctions.Contains(word.Text) || Modals.Contains(word.Text) || Negations.Contains(word.Text) || PredicateAdverbs.Contains(word.Text)
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
    /// always says how something is dealt with (一推了之, 一罚了之).</summary>
    private static bool IsVerbPhrase(Window w) =>
        w.Next.Text.Length == 4 && w.NextClass is WordClass.Idiom or WordClass.Other
        && (w.Lexicon.ClassOf(w.Next.Text[..2]) is WordClass.Verb || w.Next.Text[0] == '一' && w.Next.Text.EndsWith("了之", StringComparison.Ordinal))
        || w.Next.Text.Length == 2 && w.Next.Text[0] == '一' && w.AfterNext is { Text: "了" } && w.AfterPredicate is { Text: "之" }; // 一罚|了|之

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

    private static readonly FrozenSet<string> YiPrepositions = FrozenSet.ToFrozenSet(["以"], StringComparer.Ordinal);

    private static readonly FrozenSet<string> DuiPrepositions = FrozenSet.ToFrozenSet(["对", "对于"], StringComparer.Ordinal);

    /// <summary>Two-character adjective or AA word + 的 + verb followed by an aspect particle or a pronoun object
    /// (耐心的解答他们, 勇敢的站了出来, 深深的吸了一口气) → 地: a noun-phrase head is never followed by these.</summary>
    private static Finding? AdjectiveBeforeVerbWithAspect(Window w)
    {
        bool modifier = w.PreviousClass is WordClass.Adjective or WordClass.State or WordClass.Idiom && w.Previous.Text.Length >= 2 || IsReduplicated(w.Previous.Text);
        if (!modifier || w.NextClass is not WordClass.Verb || w.AfterNext is not { } after) return null;
        if (AfterDummyVerb(w)) return null;
        bool verbal = after.Text is "了" or "着" or "过" or "到" or "起来" || w.Lexicon.ClassOf(after.Text) is WordClass.Pronoun;
        // 飞快的跑出门, 惊恐的躲在屏幕后: a directional or locative complement also marks a verb, not a noun-phrase head.
        bool directional = after.Text is "在" or "出" or "进" or "回" or "上" or "下" or "出来" or "下去" or "过来" or "起" or "向" or "着";
        if (verbal) return new Finding("地", "adverbial", AdverbialReason);
        return directional ? new Finding("地", "adverbial", AdverbialReason) : null;
    }

    /// <summary>DE-DE-1/2: verb or adjective + 的 + degree word + predicate (了解的不够充分), or verb + 的 + adjective + 了 (变的远了) → 得.</summary>
    private static Finding? ComplementDe(Window w)
    {
        // 看的见、摸的着, 叫的响、立的住, 信的过: a one-character verb, 的 and a one-character result or potential complement (or a
        // potential form dict.txt lists: 行得通, 信得过, whatever it tags 行 and 信) standing as a predicate (the clause or a series item
        // ends, or 的 follows a complement that is never a noun: 看的见的) is the potential form with 得 (吃的住的 are noun phrases).
        if (w.Previous.Text.Length == 1 && w.Next.Text.Length == 1
            && (w.PreviousClass is WordClass.Verb && PotentialComplements.Contains(w.Next.Text) || w.Tokenizer.IsWord(w.Previous.Text + "得" + w.Next.Text))
            && w.BeforePrevious?.Text != w.Previous.Text // 毕毕剥剥的响: an onomatopoeia, not a verb
            && (w.AfterNext is not { } end || end.Kind == TokenKind.Punctuation || end.Text is "、" or "和"
                || end.Text == "的" && w.Next.Text is not ("住" or "上" or "出" or "起" or "过")))
            return new Finding("得", "complement-end", ComplementReason);
        // dict.txt tags many report verbs vn (管理, 宣传, 教育, 研究): they take a complement after a strong degree word or 不够
        // (管理的不够规范, 宣传的不够), not after 不 alone (发展的不平衡 is a noun phrase).
        bool verbalNoun = w.PreviousClass is WordClass.VerbalNoun;
        // 程序执行的不严格: jieba glued a noun and a verb into one “noun” (程序执行 n); before a degree word it is that verb.
        bool gluedVerb = IsGluedSubjectVerb(w) && w.NextClass is WordClass.Degree;
        if (w.PreviousClass is not (WordClass.Verb or WordClass.Adjective) && !verbalNoun && !gluedVerb) return null;
        // 缺少敢闯敢试的气慨: after a verb of lacking or having in the clause the 的-phrase is its object, a noun phrase.
        if (w.WordsSinceInClause(HavingVerbs) is >= 0 and <= 3) return null;
        if (w.BeforePrevious is { Text: "所" }) return null;
        // 说的多、做的少, 记的多: after a one-character action verb, 多/少 closing the clause says how much it is done.
        if (w.PreviousClass is WordClass.Verb && w.Previous.Text.Length == 1 && !NonActionVerbs.Contains(w.Previous.Text)
            && w.Next.Text is "多" or "少" && w.NextClosesClause)
            return new Finding("得", "complement-end", ComplementReason);
        // 党员参与讨论的少, 主动站出来的不多: 的 + 多/少 closing the clause says how many do it (a nominal 的-phrase as subject), not how well.
        // 抓的到位。, 做的扎实，, 解决的及时。: a manner word closing the clause after a verb is its complement, whatever dict.txt tags it
        // (到位 v, 扎实 ad, 及时 c).
        bool manner = w.NextClass is WordClass.Adjective or WordClass.Adverb or WordClass.Adverbial || MannerPredicates.Contains(w.Next.Text);
        if (manner && w.PreviousClass is WordClass.Verb && w.Next.Text.Length <= 2 && w.NextClosesClause && IsCommonComplement(w)
            && w.Next.Text is not ("多" or "少" or "不多" or "不少") && !HeadNouns.Contains(w.Next.Text))
            return new Finding("得", "complement-end", ComplementReason); // (存在的不足，取得的成效，: dict.txt tags these nouns a)
        // 清收做的不够，: 不够 closing the clause after a verb says how well it is done.
        if (w.Next.Text == "不够" && w.PreviousClass is WordClass.Verb or WordClass.VerbalNoun && w.NextClosesClause)
            return new Finding("得", "complement-end", ComplementReason);
        // 办理的不及时。, 对新要求研究的不深，: jieba cuts 不 from the manner word (不|及时, 不|深). 不 and a manner word closing the clause
        // after a verb say how well it is done; 不 and a one-character adjective do so after 对 and its object (发展的不平衡 stays a noun phrase).
        if (w.PreviousClass is WordClass.Verb or WordClass.VerbalNoun && w.Next.Text == "不" && w.AfterNext is { IsHan: true } negated
            && w.AfterPredicate is not { Kind: not TokenKind.Punctuation }
            && (w.PreviousClass is WordClass.Verb && MannerPredicates.Contains("不" + negated.Text)
                || w.WordsSinceInClause(DuiPrepositions) >= 1 && negated.Text.Length == 1 && w.Lexicon.ClassOf(negated.Text) is WordClass.Adjective))
            return new Finding("得", "complement-end", ComplementReason);
        // 对风险隐患估计的不足, 对新问题研究的不多: after 对 and its object the verb is the predicate, so 不足/不多/少 closing the clause
        // says how well or how much it is done (without 对, 存在的不足 and 参与的不多 are noun phrases).
        if (w.PreviousClass is WordClass.Verb or WordClass.VerbalNoun && w.Next.Text is "不足" or "不多" or "少" && w.NextClosesClause
            && w.WordsSinceInClause(DuiPrepositions) >= 1)
            return new Finding("得", "complement-end", ComplementReason);
        // 工作干的怎么样, 落实的如何: how well a verb is done is asked with a complement.
        if (w.PreviousClass is WordClass.Verb && w.Next.Text is "怎么样" or "怎样" or "如何" && w.NextClosesClause)
            return new Finding("得", "complement-end", ComplementReason);
        var afterNext = w.AfterNext;
        if (w.NextClass is WordClass.Degree)
        {
            if (afterNext is not { } predicate || !predicate.IsHan) return null;
            // 变的更加规范有序: after 变 a degree word always opens its complement, whatever follows the predicate.
            if (IsChangeVerb(w)) return new Finding("得", "complement-change", ComplementReason);
            // 能调剂的不新购、能修复的不更换: a modal before the verb makes the 的-phrase nominal (what can be repaired), and 不 with
            // a verb after it is that subject's predicate, not a complement.
            if (w.BeforePrevious is { } modalBefore && Modals.Contains(modalBefore.Text) && w.Next.Text == "不"
                && w.Lexicon.ClassOf(predicate.Text) is WordClass.Verb) return null;
            bool strong = !WeakDegreeWords.Contains(w.Next.Text);
            if (verbalNoun && !strong && !IsPairedNegation(w, predicate.Text)) return null;
            // 主动站出来的不多, 参与的很少: how many do it (a nominal 的-phrase as subject), as above.
            if (predicate.Text is "多" or "少") return null;
            var predicateClass = IsPairedNegation(w, predicate.Text) ? WordClass.Adjective : w.Lexicon.ClassOf(predicate.Text);
            // 变的更加多元。, 解决的不够及时。: a word closing the clause after a degree word is its predicate, whatever dict.txt tags it (多元 m, 及时 c).
            bool closesClause = w.AfterPredicate is not { } afterPredicate || afterPredicate.Kind == TokenKind.Punctuation;
            // 制定的过于笼统。: after a strong degree word (过于, 不够, 更加 …) a clause-closing word is the predicate even when dict.txt
            // tags it a noun (笼统 n).
            if (predicateClass is not (WordClass.Adjective or WordClass.Adverbial or WordClass.Degree or WordClass.Adverb or WordClass.Verb)
                && !(closesClause && (strong && predicateClass is WordClass.Nominal || predicateClass is not (WordClass.Nominal or WordClass.Pronoun)))) return null;
            // 作出新的更大贡献: a degree phrase followed by a noun is an attribute of that noun, not a complement.
            // 作出新的更大的贡献, 取得新的更大成效 (dict.txt tags 成效 a): after an adjective, a degree phrase followed by 的 or a head noun too.
            if (w.AfterPredicate is { IsHan: true } head && (w.Lexicon.ClassOf(head.Text) is WordClass.Nominal or WordClass.VerbalNoun
                || w.PreviousClass is WordClass.Adjective && (head.Text == "的" || HeadNouns.Contains(head.Text)))) return null;
            // 他说的不对: a 的-phrase after a pronoun may be the subject, so say it less firmly.
            var severity = w.BeforePrevious is { } subject && w.Lexicon.ClassOf(subject.Text) is WordClass.Pronoun ? DiagnosticSeverity.Info : DiagnosticSeverity.Warning;
            return new Finding("得", "complement-degree", ComplementReason, severity);
        }
        if (w.NextClass is WordClass.Adjective && w.PreviousClass is WordClass.Verb && afterNext is { Text: "了" or "起来" or "多" or "些" or "一些" })
            return new Finding("得", "complement-change", ComplementReason, IsSafe: true);
        // 变的生动有趣, 变的极为重要: 变 before a predicate takes 得 (不变的, 所变的 are noun phrases).
        if (IsChangeVerb(w)
            && (w.NextClass is WordClass.Adjective or WordClass.Idiom or WordClass.State or WordClass.Adverbial || w.Next.Text.Length == 4 && w.NextClass is WordClass.Other))
            return new Finding("得", "complement-change", ComplementReason);
        return null;
    }

    /// <summary>Verbs of lacking or having whose object is a noun phrase (缺少…的气概, 具有…的精神).</summary>
    private static readonly FrozenSet<string> HavingVerbs = FrozenSet.ToFrozenSet(["缺少", "缺乏", "具有", "具备", "拥有", "富有", "充满"], StringComparer.Ordinal);

    /// <summary>A manner word common enough to be a complement (好, 扎实, 到位): a rare one (气慨, a misspelt 气概 that dict.txt lists
    /// with count 8) is more likely a noun or a typo than a complement.</summary>
    private static bool IsCommonComplement(Window w) =>
        MannerPredicates.Contains(w.Next.Text) || w.Tokenizer.GetFrequency(NegatedWord(w.Next.Text)) >= MinimumComplementFrequency;

    /// <summary>The word 不 negates in a two-character token (不紧 from jieba's HMM, 不实 a rare dictionary word: 抓的不实 → 实), or the word itself.</summary>
    private static string NegatedWord(string word) => word.Length == 2 && word[0] == '不' ? word[1..] : word;

    /// <summary>How frequent (dict.txt count) a clause-closing word after 的 must be to be read as a complement.</summary>
    private const int MinimumComplementFrequency = 50;

    /// <summary>程序执行, 制度落实: a four-character token dict.txt calls a noun made of a noun and a verb (v), i.e. a subject and its verb.</summary>
    private static bool IsGluedSubjectVerb(Window w) =>
        w.Previous.Text.Length == 4 && w.PreviousClass is WordClass.Nominal
        && w.Lexicon.DictionaryClassOf(w.Previous.Text[..2]) is WordClass.Nominal && w.Lexicon.DictionaryClassOf(w.Previous.Text[2..]) is WordClass.Verb;

    /// <summary>研究的不深不透: jieba glues the rest of 不A不B into one guess (深不透); with a one-character adjective before the inner
    /// 不 (and an adjective or a verb such as 透 after it) it is a predicate of manner like 不够深入.</summary>
    private static bool IsPairedNegation(Window w, string predicate) =>
        w.Next.Text == "不" && predicate.Length == 3 && predicate[1] == '不' && !w.Tokenizer.IsWord(predicate)
        && w.Lexicon.ClassOf(predicate[..1]) is WordClass.Adjective && w.Lexicon.ClassOf(predicate[2..]) is WordClass.Adjective or WordClass.Verb;

    /// <summary>变 as the verb “become” before the particle (not 不变的, 所变的, 万变, 多变, 善变, 未变).</summary>
    private static bool IsChangeVerb(Window w) =>
        w.Previous.Text == "变" && w.BeforePrevious is not { Text: "不" or "所" or "万" or "多" or "善" or "未" };

    /// <summary>Words dict.txt does not tag as adjectives that, closing a clause after a verb and 的, say how well it is done.</summary>
    private static readonly FrozenSet<string> MannerPredicates = FrozenSet.ToFrozenSet(["到位", "及时", "透彻", "彻底", "不到位", "不及时", "不彻底"], StringComparer.Ordinal);

    /// <summary>One-character result and potential complements (看得见, 听得懂, 立得住, 行得通, 信得过, 摸得着, 跟得上, 拿得出).</summary>
    private static readonly FrozenSet<string> PotentialComplements = FrozenSet.ToFrozenSet(
        ["见", "懂", "住", "通", "过", "动", "清", "完", "着", "上", "出", "起", "响", "准", "牢"], StringComparer.Ordinal);

    /// <summary>Degree words that also stand before verbs and nouns (不, 还, 也, 都, 最): a 的 before them may close a noun phrase.</summary>
    private static readonly FrozenSet<string> WeakDegreeWords = FrozenSet.ToFrozenSet(["不", "还", "也", "都", "最", "并不", "还不"], StringComparer.Ordinal);

    /// <summary>One-character verbs whose 的-phrase names people or things (来的多, 有的少): not actions whose amount 多/少 measures.</summary>
    private static readonly FrozenSet<string> NonActionVerbs = FrozenSet.ToFrozenSet(["来", "去", "有", "是", "在", "到", "为", "用", "要", "会"], StringComparer.Ordinal);

    /// <summary>DE-DE-3: 得 standing alone before a noun (落实得情况, 时期得制度): a complement is never a bare noun → 的.</summary>
    private static Finding? AttributeDe(Window w)
    {
        if (VerbDeContext.Contains(w.Previous.Text)) return null;
        // 让群众得实惠, 确保农民得好处: after 让/使/确保 + who, the 得 is the verb “to get”, the clause's predicate.
        if (w.BeforePrevious is { Text: "让" or "使" or "叫" or "令" or "使得" or "确保" or "保证" } && w.PreviousClass is WordClass.Nominal or WordClass.Pronoun) return null;
        if (PersonalPronouns.Contains(w.Previous.Text) && w.NextClass is not (WordClass.Verb or WordClass.Preposition or WordClass.Adverb or WordClass.Degree or WordClass.Adjective or WordClass.Other))
            return new Finding("的", "attribute-de", AttributeReason); // 他得这种品质 (but 他得去: 得 is děi)
        if (w.PreviousClass is WordClass.Nominal && w.Previous.Text.Length >= 2 && !CanBeAdverbial(w, w.Previous) && w.NextClass is WordClass.Adjective
            && (w.NextClosesClause || w.AfterNext is { } head && w.Lexicon.ClassOf(head.Text) is WordClass.Nominal))
            return new Finding("的", "attribute-de", AttributeReason); // 泥土得清新，辽阔得宇宙: a noun takes no complement
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
        // 日子过得红火。: after a one-character verb (dict.txt tags 过 ug) a clause-final word is a complement whatever dict.txt calls it.
        if (w.PreviousClass is WordClass.Verb or WordClass.Other && w.Previous.Text.Length == 1 && w.NextClosesClause) return null;
        // 吓得脸色发白, 累得满头大汗 (dict.txt tags it ns): after a one-character verb or adjective, a noun with its own predicate or a
        // four-character phrase ending the clause is a complement.
        if (w.PreviousClass is WordClass.Verb or WordClass.Adjective or WordClass.Other && w.Previous.Text.Length == 1
            && (w.AfterNext is { } predicate && w.Lexicon.ClassOf(predicate.Text) is WordClass.Verb or WordClass.Adjective || w.Next.Text.Length == 4 && w.NextClosesClause)) return null;
        return new Finding("的", "attribute-de", AttributeReason);
    }

    /// <summary>DI-DE: 地 standing alone (not part of 各地、实地、基地 …, which jieba keeps whole) before a noun (动物地本能) → 的.</summary>
    private static Finding? AttributeDi(Window w)
    {
        if (IsNounDi(w)) return null;
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

    /// <summary>地 after a verb and before a degree word or a clause-closing adjective (长地娇憨, 变地紧张, 做地很好) → 得.</summary>
    private static Finding? ComplementDi(Window w)
    {
        if (w.PreviousClass is not WordClass.Verb || CanBeAdverbial(w, w.Previous)) return null;
        if (w.Previous.Text.Length > 1 && w.NextClass is not WordClass.Degree) return null;
        bool complement = w.NextClass is WordClass.Degree && w.AfterNext is { IsHan: true } after && w.Lexicon.ClassOf(after.Text) is WordClass.Adjective or WordClass.Adverbial
            || w.NextClass is WordClass.Adjective or WordClass.Adverbial && (w.NextClosesClause || w.AfterNext is { Text: "了" });
        return complement ? new Finding("得", "complement-di", ComplementReason) : null;
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

    private static bool IsReduplicated(string word) => word.Length == 2 && word[0] == word[1] || IsAabb(word);

    private static bool IsAabb(string word) => word.Length == 4 && word[0] == word[1] && word[2] == word[3] && word[0] != word[2];

    /// <summary>A token list with a few tokens replaced by their pieces, read through without copying the other tokens
    /// (a document holds thousands of tokens and usually a handful of glued ones).</summary>
    private sealed class SplitTokenList : IReadOnlyList<Token>
    {
        private readonly TokenList _tokens;
        private readonly (int Index, Token[] Pieces)[] _splits;
        private readonly int[] _firstPiece;

        public SplitTokenList(TokenList tokens, List<(int Index, Token[] Pieces)> splits)
        {
            _tokens = tokens;
            _splits = [.. splits];
            _firstPiece = new int[_splits.Length];
            int shift = 0;
            for (int j = 0; j < _splits.Length; j++)
            {
                _firstPiece[j] = _splits[j].Index + shift;
                shift += _splits[j].Pieces.Length - 1;
            }
            Count = tokens.Count + shift;
        }

        public int Count { get; }

        public Token this[int index]
        {
            get
            {
                ArgumentOutOfRangeException.ThrowIfNegative(index);
                ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(index, Count);
                // The last split starting at or before the index: inside its pieces, or past them by their extra count.
                int j = Array.BinarySearch(_firstPiece, index);
                if (j < 0) j = ~j - 1;
                if (j < 0) return _tokens[index];
                var (original, pieces) = _splits[j];
                int offset = index - _firstPiece[j];
                return offset < pieces.Length ? pieces[offset] : _tokens[original + offset - pieces.Length + 1];
            }
        }

        public IEnumerator<Token> GetEnumerator()
        {
            for (int i = 0; i < Count; i++) yield return this[i];
        }

        System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();
    }

    private readonly record struct Finding(string Right, string Pattern, string Reason, DiagnosticSeverity Severity = DiagnosticSeverity.Warning, bool IsSafe = false);

    /// <summary>The tokens around a 的/地/得 token at <c>index</c>, with their word classes.</summary>
    private readonly struct Window(IReadOnlyList<Token> tokens, int index, DeDiDeLexicon lexicon, ITokenizer tokenizer)
    {
        public DeDiDeLexicon Lexicon => lexicon;
        public ITokenizer Tokenizer => tokenizer;
        public Token Particle => tokens[index];
        public Token Previous => tokens[index - 1];
        public Token Next => tokens[index + 1];
        public Token? BeforePrevious => index >= 2 && tokens[index - 2].IsHan && tokens[index - 2].End == Previous.Start ? tokens[index - 2] : null;
        public Token? BeforeBeforePrevious => index >= 3 && BeforePrevious is { } before && tokens[index - 3].IsHan && tokens[index - 3].End == before.Start ? tokens[index - 3] : null;
        public Token? AfterNext => index + 2 < tokens.Count && tokens[index + 2].Start == Next.End ? tokens[index + 2] : null;

        /// <summary>The token <paramref name="offset"/> places after the particle (before it when negative), if any.</summary>
        public Token? TokenAt(int offset) => index + offset >= 0 && index + offset < tokens.Count ? tokens[index + offset] : null;

        /// <summary>The token right after <see cref="AfterNext"/>, if adjacent.</summary>
        public Token? AfterPredicate => AfterNext is { } after && index + 3 < tokens.Count && tokens[index + 3].Start == after.End ? tokens[index + 3] : null;
        public WordClass PreviousClass => lexicon.ClassOf(Previous.Text);
        public WordClass NextClass => lexicon.ClassOf(Next.Text);
        public bool PreviousIsAdjacentHan => Previous.IsHan && Previous.End == tokens[index].Start;
        public bool NextIsAdjacentHan => index + 1 < tokens.Count && Next.IsHan && Next.Start == tokens[index].End;

        /// <summary>How many Han words stand between the last of <paramref name="words"/> in the clause before the particle and the word
        /// before the particle; -1 when none of them is in the clause.</summary>
        public int WordsSinceInClause(FrozenSet<string> words)
        {
            int between = 0;
            for (int k = index - 2; k >= 0; k--)
            {
                var token = tokens[k];
                if (!token.IsHan) return -1;
                if (words.Contains(token.Text)) return between;
                between++;
            }
            return -1;
        }

        /// <summary>The Han words after <see cref="AfterNext"/> up to the end of the clause are nouns or verbal nouns, at most
        /// <paramref name="most"/> of them (应付检查考核。: the object goes on; 应付心态依然存在: a predicate follows the noun phrase).</summary>
        public bool OnlyNounsToClauseEnd(int most)
        {
            for (int k = index + 3; k < tokens.Count; k++)
            {
                var token = tokens[k];
                if (token.Kind is TokenKind.Punctuation or TokenKind.Whitespace) return true;
                if (k > index + 2 + most || !token.IsHan || lexicon.ClassOf(token.Text) is not (WordClass.Nominal or WordClass.VerbalNoun)) return false;
            }
            return true;
        }

        /// <summary>The last Han word before the punctuation (other than 、) or line end that closes the clause after the particle.</summary>
        public Token? LastWordOfClause()
        {
            Token? last = null;
            for (int k = index + 1; k < tokens.Count; k++)
            {
                var token = tokens[k];
                if (token.IsHan) last = token;
                else if (token.Text != "、") break;
            }
            return last;
        }

        /// <summary>The token right after the particle, if any.</summary>
        public Token? Following => index + 1 < tokens.Count ? tokens[index + 1] : null;

        /// <summary>The particle itself is followed by punctuation or the end.</summary>
        public bool ClosesClause => index + 1 == tokens.Count || tokens[index + 1].Kind == TokenKind.Punctuation;

        /// <summary>The next word is followed by what follows a verb: a pronoun object, a preposition, an aspect particle, a directional
        /// complement.</summary>
        public bool NextTakesObject => AfterNext is { } after && (after.Text is "了" or "着" or "过" || HasDirectional
            || lexicon.ClassOf(after.Text) is WordClass.Pronoun or WordClass.Preposition);

        /// <summary>The next word is followed by a directional complement, so it is a verb (生动地串联起…: dict.txt tags 串联 ns).</summary>
        public bool HasDirectional => AfterNext is { Text: "起" or "起来" or "出" or "出来" or "成" };

        /// <summary>The token after the next one is punctuation or the end.</summary>
        public bool NextClosesClause => AfterNext is not { } after || after.Kind == TokenKind.Punctuation;

        /// <summary>The token after the next one is punctuation, the end, a word that closes a noun phrase (的, 是, 和 …) or a verb (its predicate).</summary>
        public bool NextClosesPhrase => AfterNext is not { } after || !after.IsHan || after.Text is "的" or "是" or "和" or "与" or "及" or "等"
            || lexicon.ClassOf(after.Text) is WordClass.Verb;
    }
}
