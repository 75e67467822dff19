using System.Collections.Frozen;
using ReviewLint.Analyzers.Lexicon;
using ReviewLint.Diagnostics;
using ReviewLint.Tokenization;

namespace ReviewLint.Analyzers.Wording;

/// <summary>RL2002, complement signals: 的 written for 得 before a complement (做的不够 → 得).</summary>
public sealed partial class DeDiDeAnalyzer
{
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
        // 坐一坐、听一听的少, 看看的多: a tentative reduplication takes no complement, so its 的-phrase names the people who do it.
        if (IsTentativeReduplication(w)) return null;
        // dict.txt tags many report verbs vn (管理, 宣传, 教育, 研究): they take a complement after a strong degree word or 不够
        // (管理的不够规范, 宣传的不够), not after 不 alone (发展的不平衡 is a noun phrase).
        bool verbalNoun = w.PreviousClass is WordClass.VerbalNoun;
        // 程序执行的不严格: jieba glued a noun and a verb into one “noun” (程序执行 n); before a degree word it is that verb.
        bool gluedVerb = IsGluedSubjectVerb(w) && w.NextClass is WordClass.Degree;
        if (w.PreviousClass is not (WordClass.Verb or WordClass.Adjective) && !verbalNoun && !gluedVerb) return null;
        // 缺少敢闯敢试的气慨: after a verb of lacking or having in the clause the 的-phrase is its object, a noun phrase.
        if (w.WordsSinceInClause(HavingVerbs) is >= 0 and <= 3) return null;
        if (w.BeforePrevious is { Text: "所" }) return null;
        // 可能出现的松懈、反弹, 存在的不足: what a verb of occurrence brings about is named by its 的-phrase (the slackness that may appear);
        // only a degree word after the 的 opens a complement there (出现的很多 → 得).
        if (OccurrenceVerbs.Contains(w.Previous.Text) && w.NextClass is not WordClass.Degree) return null;
        // 推进的比较慢, 管的太松: jieba glues a strong degree word and a one-character adjective into one token (比较慢 l, 太松 guessed);
        // closing the clause after a verb it is a complement of degree (推进的比较多的是 goes on to a noun).
        if (w.PreviousClass is WordClass.Verb or WordClass.VerbalNoun && w.NextClosesClause && IsGluedDegreePredicate(w))
            return new Finding("得", "complement-degree", ComplementReason, ComplementSeverity(w));
        // 说的多、做的少, 记的多: after a one-character action verb, 多/少 closing the clause says how much it is done.
        if (w.PreviousClass is WordClass.Verb && w.Previous.Text.Length == 1 && !NonActionVerbs.Contains(w.Previous.Text)
            && w.Next.Text is "多" or "少" && w.NextClosesClause && !IsNominalContrastPair(w))
            return new Finding("得", "complement-end", ComplementReason);
        // 党员参与讨论的少, 主动站出来的不多: 的 + 多/少 closing the clause says how many do it (a nominal 的-phrase as subject), not how well.
        // 抓的到位。, 做的扎实，, 解决的及时。: a manner word closing the clause after a verb is its complement, whatever dict.txt tags it
        // (到位 v, 扎实 ad, 及时 c).
        bool manner = w.NextClass is WordClass.Adjective or WordClass.Adverb or WordClass.Adverbial || MannerPredicates.Contains(w.Next.Text);
        // 平时管的不严，: dict.txt tags a few one-character verbs vn (管), which are verbs all the same.
        bool verb = w.PreviousClass is WordClass.Verb || verbalNoun && w.Previous.Text.Length == 1;
        if (manner && verb && w.Next.Text.Length <= 2 && w.NextClosesClause && IsCommonComplement(w)
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
        // 搞的轰轰烈烈，, 说的清清楚楚。: an AABB word closing the clause after a verb is its complement of manner (认认真真的态度 goes on to a noun).
        if (verb && HanText.IsAabb(w.Next.Text) && w.NextClosesClause)
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
            // 管理的还不够精细。, 落实的还不够有力: 还/也 and a strong degree word after them grade the predicate closing the clause.
            if (!strong && IsStrongDegreeBeforeClauseEnd(w)) return new Finding("得", "complement-degree", ComplementReason, ComplementSeverity(w));
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
            return new Finding("得", "complement-degree", ComplementReason, ComplementSeverity(w));
        }
        if (w.NextClass is WordClass.Adjective && w.PreviousClass is WordClass.Verb && afterNext is { Text: "了" or "起来" or "多" or "些" or "一些" })
            return new Finding("得", "complement-change", ComplementReason, IsSafe: true);
        // 变的生动有趣, 变的极为重要: 变 before a predicate takes 得 (不变的, 所变的 are noun phrases).
        if (IsChangeVerb(w)
            && (w.NextClass is WordClass.Adjective or WordClass.Idiom or WordClass.State or WordClass.Adverbial || w.Next.Text.Length == 4 && w.NextClass is WordClass.Other))
            return new Finding("得", "complement-change", ComplementReason);
        return null;
    }

    /// <summary>还不够精细。, 也比较顺利，: a weak degree word (还, 也) after the particle, a strong one after it, then an adjective or a manner
    /// word that closes the clause.</summary>
    private static bool IsStrongDegreeBeforeClauseEnd(Window w) =>
        w.Next.Text is "还" or "也" or "仍" or "仍然" or "依然" && w.AfterNext is { IsHan: true } degree && !WeakDegreeWords.Contains(degree.Text)
        && (w.Lexicon.ClassOf(degree.Text) is WordClass.Degree && w.AfterPredicate is { IsHan: true } graded && w.TokenAt(4) is not { IsHan: true }
                && IsGradable(w, graded.Text)
            || IsGluedDegreePhrase(w, degree.Text) && w.AfterPredicate is not { IsHan: true });

    /// <summary>An adjective or manner word a degree word can grade (精细, 顺利, 到位; 有力 and 有序, which dict.txt tags n).</summary>
    private static bool IsGradable(Window w, string word) =>
        w.Lexicon.ClassOf(word) is WordClass.Adjective or WordClass.Adverbial || MannerPredicates.Contains(word)
        || word.Length == 2 && word[0] is '有' or '无' && word is not ("有关" or "无关" or "有的" or "有些");

    /// <summary>他说的不对: a 的-phrase after a pronoun may be the subject, so a complement after it is said less firmly.</summary>
    private static DiagnosticSeverity ComplementSeverity(Window w) =>
        w.BeforePrevious is { } subject && w.Lexicon.ClassOf(subject.Text) is WordClass.Pronoun ? DiagnosticSeverity.Info : DiagnosticSeverity.Warning;

    /// <summary>比较慢, 太松, 很紧, 比较顺利: one token of a strong degree word and a one- or two-character adjective or manner word other
    /// than 多 and 少 (how many, not how well).</summary>
    private static bool IsGluedDegreePredicate(Window w) => IsGluedDegreePhrase(w, w.Next.Text);

    /// <summary>The token is a strong degree word glued to the adjective or manner word it grades (比较慢, 比较顺利, 十分扎实).</summary>
    private static bool IsGluedDegreePhrase(Window w, string word)
    {
        if (word.Length is < 2 or > 4 || word[^1] is '多' or '少') return false;
        for (int split = 1; split <= 2 && split < word.Length; split++)
        {
            string degree = word[..split], graded = word[split..];
            if (graded.Length > 2 || w.Lexicon.ClassOf(degree) is not WordClass.Degree || WeakDegreeWords.Contains(degree)) continue;
            if (IsGradable(w, graded)) return true;
        }
        return false;
    }

    /// <summary>听一听/的, 看看/的: the verb before the particle repeats the verb one or two tokens before it (V一V, or VV split by jieba).</summary>
    private static bool IsTentativeReduplication(Window w) =>
        w.BeforePrevious is { } before && (before.Text == w.Previous.Text
            || before.Text == "一" && w.BeforeBeforePrevious is { } verb && verb.Text == w.Previous.Text)
        || w.Previous.Text.Length == 2 && w.Previous.Text[0] == w.Previous.Text[1];

    /// <summary>Verbs of occurrence whose 的-phrase names what occurs (出现的松懈, 存在的不足, 暴露的短板).</summary>
    private static readonly FrozenSet<string> OccurrenceVerbs = FrozenSet.ToFrozenSet(["出现", "存在", "发生", "产生", "暴露", "滋生", "形成"], StringComparer.Ordinal);

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

    /// <summary>程序执行, 财务管理, 工作进展: a four-character token of a noun and a verb (v or vn) that dict.txt calls a noun or does not
    /// tag, i.e. a subject and its verb.</summary>
    private static bool IsGluedSubjectVerb(Window w) =>
        w.Previous.Text.Length == 4 && w.PreviousClass is WordClass.Nominal or WordClass.Other
        && w.Lexicon.DictionaryClassOf(w.Previous.Text[..2]) is WordClass.Nominal && w.Lexicon.DictionaryClassOf(w.Previous.Text[2..]) is WordClass.Verb or WordClass.VerbalNoun;

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
}
