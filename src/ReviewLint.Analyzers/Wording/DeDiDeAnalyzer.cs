using System.Collections.Frozen;
using System.Collections.Immutable;
using ReviewLint.Analysis;
using ReviewLint.Analyzers.Lexicon;
using ReviewLint.Diagnostics;
using ReviewLint.Text;
using ReviewLint.Tokenization;

namespace ReviewLint.Analyzers.Wording;

/// <summary>RL2002: 的/地/得 misuse found from the word classes around a standalone 的/地/得 token: 的 before a verb after an
/// adverbial (认真的学习 → 地), 的 before a complement (做的不够 → 得), 得/地 between a modifier and its head noun (落实得情况 → 的).</summary>
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

    /// <summary>Diagnostic property naming the pattern that fired (adverbial, complement-degree, complement-change, complement-end,
    /// attribute-de, attribute-di, in-word).</summary>
    public const string PatternProperty = "pattern";

    private const string InWordPattern = "in-word";
    private const string AdverbialReason = "修饰动词的状语后应用“地”";
    private const string ComplementReason = "动词、形容词后接补语应用“得”";
    private const string AttributeReason = "修饰名词的定语后应用“的”";

    /// <summary>Verbs that take a noun phrase object: after them “认真的学习” is an object (进行认真的学习), not an adverbial.</summary>
    private static readonly FrozenSet<string> DummyVerbs = FrozenSet.ToFrozenSet(
        ["进行", "开展", "作出", "做出", "给予", "加以", "得到", "受到", "展开", "作", "有", "是", "经过", "通过", "缺乏", "缺少", "需要", "实行", "实施", "加强", "注重", "重视", "坚持"], StringComparer.Ordinal);

    /// <summary>Nouns that make a verb before them a modifier (认真的学习态度): the 的 then belongs to the noun phrase.</summary>
    private static readonly FrozenSet<string> HeadNouns = FrozenSet.ToFrozenSet(
        ["态度", "工作", "精神", "作风", "方式", "方法", "习惯", "氛围", "机制", "制度", "效果", "成果", "能力", "水平", "笔记", "计划",
         "活动", "任务", "体会", "意识", "过程", "阶段", "状态", "环境", "条件", "内容", "对象", "目标", "情况", "问题", "措施", "成效",
         "热情", "劲头", "动力", "质量", "体系", "理念", "思路", "经验", "作用", "人员", "时间", "机会", "效率"], StringComparer.Ordinal);

    /// <summary>Single characters that, standing alone before a 的, are the first half of a 得-word split by the typo (取的成效 → 取得).</summary>
    private static readonly FrozenSet<string> VerbsBeforeDe = FrozenSet.ToFrozenSet(["取", "获", "值", "赢", "觉", "晓"], StringComparer.Ordinal);

    /// <summary>Words before 得 that make it the verb dé/děi (不得, 可得, 让群众得实惠), never a particle.</summary>
    private static readonly FrozenSet<string> VerbDeContext = FrozenSet.ToFrozenSet(
        ["不", "可", "能", "会", "必须", "就", "都", "总", "才", "也", "还", "所", "各", "让", "使", "只", "要", "须", "应", "难", "必"], StringComparer.Ordinal);

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => [Rule];

    public override void Initialize(AnalysisContext context) => context.RegisterDocumentAction(Analyze);

    private static void Analyze(DocumentAnalysisContext context)
    {
        var tokens = context.Tokens;
        for (int i = 1; i + 1 < tokens.Count; i++)
        {
            var particle = tokens[i];
            if (particle.Text is not ("的" or "地" or "得")) continue;
            var window = new Window(tokens, i, DeDiDeLexicon.Default);
            if (!window.PreviousIsAdjacentHan || !window.NextIsAdjacentHan) continue;
            var finding = InWord(window, context.Tokenizer) ?? particle.Text switch
            {
                "的" => AdverbialDe(window) ?? ComplementDe(window),
                "得" => AttributeDe(window),
                _ => AttributeDi(window),
            };
            if (finding is not { } found) continue;
            string excerpt = window.Previous.Text + particle.Text + window.Next.Text;
            var fix = Fix.Replace(particle.Span, found.Right, found.IsSafe);
            var message = string.Format(Rule.MessageFormat, excerpt, particle.Text, found.Right, found.Reason);
            var properties = ImmutableDictionary<string, string>.Empty.Add(PatternProperty, found.Pattern);
            context.ReportDiagnostic(new Diagnostic(Rule, Location.Create(context.Document, particle.Span), message, found.Severity, fix, properties));
        }
    }

    /// <summary>A single character before or after the particle that makes a word with another of 的地得 but not with this one
    /// (当得 → 当地, 值地 → 值得, 目地 → 目的, and 已经的到 → 得到): jieba left them apart because the pair is not a word.
    /// A standalone 的 is too common to be judged this way (击出的球 is not 地球), except before 到 after an adverb.</summary>
    private static Finding? InWord(Window w, ITokenizer tokenizer)
    {
        string particle = w.Particle.Text;
        if (particle == "的")
        {
            if (w.Next.Text == "到" && (w.PreviousClass is WordClass.Adverb or WordClass.Degree || w.AfterNext is { Text: "了" }))
                return new Finding("得", InWordPattern, "“得到”是词");
            if (VerbsBeforeDe.Contains(w.Previous.Text))
                return new Finding("得", InWordPattern, $"“{w.Previous.Text}得”是词");
            return null;
        }
        foreach (string other in Particles)
        {
            if (other == particle) continue;
            if (w.Previous.Text.Length == 1 && tokenizer.GetFrequency(w.Previous.Text + other) >= MinimumWordFrequency && !tokenizer.IsWord(w.Previous.Text + particle))
                return new Finding(other, InWordPattern, $"“{w.Previous.Text}{other}”是词");
            if (w.Next.Text.Length == 1 && tokenizer.GetFrequency(other + w.Next.Text) >= MinimumWordFrequency && !tokenizer.IsWord(particle + w.Next.Text))
                return new Finding(other, InWordPattern, $"“{other}{w.Next.Text}”是词");
        }
        return null;
    }

    /// <summary>DE-DI-1: adverbial + 的 + verb or preposition (自觉的牢记, 更好的为群众服务) → 地.</summary>
    private static Finding? AdverbialDe(Window w)
    {
        bool adverbial = w.PreviousClass is WordClass.Adverbial || w.PreviousClass is WordClass.Adverb && w.Previous.Text.Length >= 2 || IsAabb(w.Previous.Text)
            || w.PreviousClass is WordClass.Adjective && w.Previous.Text.Length == 1 && w.BeforePrevious is { } degree && w.Lexicon.ClassOf(degree.Text) is WordClass.Degree;
        bool idiom = w.PreviousClass is WordClass.Idiom && w.Previous.Text.Length == 4;
        if (!adverbial && !idiom) return AdjectiveBeforeVerbWithAspect(w);
        bool safe = w.PreviousClass is WordClass.Adverbial && w.NextClass is WordClass.Preposition;
        if (w.NextClass is not (WordClass.Verb or WordClass.Preposition)) return null;
        if (w.BeforePrevious is { } before && DummyVerbs.Contains(before.Text)) return null;
        var afterNext = w.AfterNext;
        if (w.NextClass is WordClass.Verb)
        {
            if (afterNext is null || !afterNext.Value.IsHan || afterNext.Value.Text is "的" || HeadNouns.Contains(afterNext.Value.Text)) return null;
            if (idiom && w.Lexicon.ClassOf(afterNext.Value.Text) is WordClass.Nominal or WordClass.Other) return null;
        }
        return new Finding("地", "adverbial", AdverbialReason, IsSafe: safe);
    }

    /// <summary>Two-character adjective or AA word + 的 + verb followed by an aspect particle or a pronoun object
    /// (耐心的解答他们, 勇敢的站了出来, 深深的吸了一口气) → 地: a noun-phrase head is never followed by these.</summary>
    private static Finding? AdjectiveBeforeVerbWithAspect(Window w)
    {
        bool modifier = w.PreviousClass is WordClass.Adjective && w.Previous.Text.Length == 2 || IsReduplicated(w.Previous.Text);
        if (!modifier || w.NextClass is not WordClass.Verb || w.AfterNext is not { } after) return null;
        bool verbal = after.Text is "了" or "着" or "过" or "到" or "起来" || w.Lexicon.ClassOf(after.Text) is WordClass.Pronoun;
        return verbal ? new Finding("地", "adverbial", AdverbialReason) : null;
    }

    /// <summary>DE-DE-1/2: verb or adjective + 的 + degree word + predicate (了解的不够充分), or verb + 的 + adjective + 了 (变的远了) → 得.</summary>
    private static Finding? ComplementDe(Window w)
    {
        if (w.PreviousClass is not (WordClass.Verb or WordClass.Adjective)) return null;
        if (w.BeforePrevious is { Text: "所" }) return null;
        if (w.NextClass is WordClass.Adjective or WordClass.Adverb && w.PreviousClass is WordClass.Verb && w.Next.Text.Length <= 2 && w.NextClosesClause)
            return new Finding("得", "complement-end", ComplementReason);
        var afterNext = w.AfterNext;
        if (w.NextClass is WordClass.Degree)
        {
            if (afterNext is not { } predicate || !predicate.IsHan) return null;
            var predicateClass = w.Lexicon.ClassOf(predicate.Text);
            if (predicateClass is not (WordClass.Adjective or WordClass.Adverbial or WordClass.Degree or WordClass.Adverb or WordClass.Verb)) return null;
            // 他说的不对: a 的-phrase after a pronoun may be the subject, so say it less firmly.
            var severity = w.BeforePrevious is { } subject && w.Lexicon.ClassOf(subject.Text) is WordClass.Pronoun ? DiagnosticSeverity.Info : DiagnosticSeverity.Warning;
            return new Finding("得", "complement-degree", ComplementReason, severity);
        }
        if (w.NextClass is WordClass.Adjective && w.PreviousClass is WordClass.Verb && afterNext is { Text: "了" or "起来" or "多" or "些" or "一些" })
            return new Finding("得", "complement-change", ComplementReason, IsSafe: true);
        return null;
    }

    /// <summary>DE-DE-3: 得 standing alone before a noun (落实得情况, 时期得制度): a complement is never a bare noun → 的.</summary>
    private static Finding? AttributeDe(Window w)
    {
        if (VerbDeContext.Contains(w.Previous.Text) || w.NextClass is not WordClass.Nominal || w.Next.Text.Length < 2) return null;
        if (w.PreviousClass is WordClass.Verb or WordClass.Adjective or WordClass.Other && !w.NextClosesPhrase) return null;
        return new Finding("的", "attribute-de", AttributeReason);
    }

    /// <summary>DI-DE: 地 standing alone (not part of 各地、实地、基地 …, which jieba keeps whole) before a noun (动物地本能) → 的.</summary>
    private static Finding? AttributeDi(Window w)
    {
        if (w.PreviousClass is not (WordClass.Nominal or WordClass.Pronoun or WordClass.VerbalNoun or WordClass.Adjective)) return null;
        if (w.PreviousClass is WordClass.Adjective && !w.NextClosesPhrase) return null;
        if (w.NextClass is not WordClass.Nominal || w.Next.Text.Length < 2) return null;
        return new Finding("的", "attribute-di", AttributeReason);
    }

    private static readonly string[] Particles = ["的", "地", "得"];

    /// <summary>How frequent (jieba dict.txt count) a word made with another particle must be to suggest it.</summary>
    private const int MinimumWordFrequency = 500;

    private static bool IsReduplicated(string word) => word.Length == 2 && word[0] == word[1] || IsAabb(word);

    private static bool IsAabb(string word) => word.Length == 4 && word[0] == word[1] && word[2] == word[3] && word[0] != word[2];

    private readonly record struct Finding(string Right, string Pattern, string Reason, DiagnosticSeverity Severity = DiagnosticSeverity.Warning, bool IsSafe = false);

    /// <summary>The tokens around a 的/地/得 token at <c>index</c>, with their word classes.</summary>
    private readonly struct Window(TokenList tokens, int index, DeDiDeLexicon lexicon)
    {
        public DeDiDeLexicon Lexicon => lexicon;
        public Token Particle => tokens[index];
        public Token Previous => tokens[index - 1];
        public Token Next => tokens[index + 1];
        public Token? BeforePrevious => index >= 2 && tokens[index - 2].IsHan && tokens[index - 2].End == Previous.Start ? tokens[index - 2] : null;
        public Token? AfterNext => index + 2 < tokens.Count && tokens[index + 2].Start == Next.End ? tokens[index + 2] : null;
        public WordClass PreviousClass => lexicon.ClassOf(Previous.Text);
        public WordClass NextClass => lexicon.ClassOf(Next.Text);
        public bool PreviousIsAdjacentHan => Previous.IsHan && Previous.End == tokens[index].Start;
        public bool NextIsAdjacentHan => Next.IsHan && Next.Start == tokens[index].End;

        /// <summary>The token after the next one is punctuation or the end.</summary>
        public bool NextClosesClause => AfterNext is not { } after || after.Kind == TokenKind.Punctuation;

        /// <summary>The token after the next one is punctuation, the end, a word that closes a noun phrase (的, 是, 和 …) or a verb (its predicate).</summary>
        public bool NextClosesPhrase => AfterNext is not { } after || !after.IsHan || after.Text is "的" or "是" or "和" or "与" or "及" or "等"
            || lexicon.ClassOf(after.Text) is WordClass.Verb;

    }
}
