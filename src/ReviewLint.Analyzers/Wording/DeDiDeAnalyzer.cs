using System.Collections.Frozen;
using System.Collections.Immutable;
using ReviewLint.Analysis;
using ReviewLint.Diagnostics;
using ReviewLint.Text;
using ReviewLint.Tokenization;

namespace ReviewLint.Analyzers.Wording;

/// <summary>RL2002: 的/地/得 misuse found from the word classes around a standalone 的/地/得 token (or one jieba glued into a
/// non-word): 的/得 before a verb after an adverbial (认真的学习 → 地), 的/地 before a complement (做的不够 → 得), 得/地 between a
/// modifier and its head noun (落实得情况 → 的), 地/得 closing a clause, and a particle that splits a word (取的成效 → 取得).</summary>
public sealed partial class DeDiDeAnalyzer : DiagnosticAnalyzer
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
        // Most paragraphs hold a 的, but a heading or a short line often none: then no token needs cutting or judging.
        if (context.AsSpan().IndexOfAny(ParticleCharacters) < 0) return;
        var tokens = WithLineBreak(Pieces(context.Tokens, context.Tokenizer, context.AsSpan()), context.Text.Length, followedByText);
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

    private const string ParticleCharacters = "的地得";

    private static bool IsParticleAt(IReadOnlyList<Token> tokens, int index) => index >= 0 && tokens[index].Text is "的" or "地" or "得";

    /// <summary>The tokens with every non-word token that holds a 的/地/得 (jieba's HMM glues an unknown pair such as 赢地, 地是, 得大得)
    /// cut into the particle and the pieces around it, so the particle is judged like a standalone one. Only the tokens at and beside
    /// a 的/地/得 of the paragraph's <paramref name="text"/> can be cut (found with a vectorized search), so only they are looked at.</summary>
    private static IReadOnlyList<Token> Pieces(TokenList tokens, ITokenizer tokenizer, ReadOnlySpan<char> text)
    {
        List<(int Index, Token[] Pieces)>? splits = null;
        int next = 0;
        for (int at = text.IndexOfAny(ParticleCharacters); at >= 0; at = NextParticle(text, at))
        {
            int particle = tokens.IndexAt(at);
            for (int i = Math.Max(particle - 1, next); i <= particle + 1 && i < tokens.Count; i++)
            {
                next = i + 1;
                var token = tokens[i];
                bool glued = token.IsHan && token.Text.Length >= 2 && token.Text.AsSpan().IndexOfAny(ParticleCharacters) >= 0 && !tokenizer.IsWord(token.Text);
                if (!glued)
                {
                    if (IsGuessGluedAtParticle(tokens, i, tokenizer)) (splits ??= []).Add((i, [Piece(token, 0, 1), Piece(token, 1, 1)]));
                    continue;
                }
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
        }
        return splits is null ? tokens : new SplitTokenList(tokens, splits);
    }

    /// <summary>The position of the next 的/地/得 after <paramref name="at"/>, or -1.</summary>
    private static int NextParticle(ReadOnlySpan<char> text, int at)
    {
        int found = text[(at + 1)..].IndexOfAny(ParticleCharacters);
        return found < 0 ? -1 : at + 1 + found;
    }

    /// <summary>One-character prepositions that open an adverbial after 的/地 (及时地向上级报告, 主动地对接).</summary>
    private const string Prepositions = "向对把从与给跟同被将";

    /// <summary>Verbs that make a word with 得 before a predicate (显得, 懂得, 记得, 使得).</summary>
    private const string VerbsOfDe = "显懂记使";

    /// <summary>工作中显/的/疲惫, 及时/的/向区/卫健委: jieba's HMM glued the character next to a standalone particle to the character on its
    /// other side into a two-character guess that is no word; the character is a verb taking 得 (显) or a preposition (向), so it is
    /// cut off and the particle judged beside it. The neighbours are read first: the dictionary is asked only beside a particle.</summary>
    private static bool IsGuessGluedAtParticle(TokenList tokens, int i, ITokenizer tokenizer)
    {
        var token = tokens[i];
        if (!token.IsHan || token.Text.Length != 2) return false;
        bool beforeParticle = i + 1 < tokens.Count && tokens[i + 1] is { Text: "的" } after && after.Start == token.End && VerbsOfDe.Contains(token.Text[1]);
        bool afterParticle = i > 0 && tokens[i - 1] is { Text: "的" or "地" } before && before.End == token.Start && Prepositions.Contains(token.Text[0]);
        return (beforeParticle || afterParticle) && !tokenizer.IsWord(token.Text);
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
}
