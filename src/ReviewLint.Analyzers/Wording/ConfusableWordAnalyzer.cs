using System.Collections.Immutable;
using ReviewLint.Analysis;
using ReviewLint.Analyzers.Lexicon;
using ReviewLint.Diagnostics;
using ReviewLint.Text;
using ReviewLint.Tokenization;

namespace ReviewLint.Analyzers.Wording;

/// <summary>RL2001: wrong word forms (别字, misspelt idioms and formulations, non-recommended variants, context-dependent
/// pairs such as 截止/截至) from rules/data/confusables.tsv, matched on whole jieba tokens; and idioms of jieba's dictionary written
/// with one same-sound or similar-shape character wrong (<see cref="IdiomNearMiss"/>), the like for three-character words, and two
/// characters outside the dictionary one same-syllable character from a word (<see cref="TwoCharacterNearMiss"/>).</summary>
public sealed class ConfusableWordAnalyzer : DiagnosticAnalyzer
{
    public static readonly DiagnosticDescriptor Rule = new(
        id: "RL2001",
        name: "confusable-word",
        title: "易混淆词与别字",
        messageFormat: "“{0}”疑为“{1}”之误。",
        category: DiagnosticCategory.Wording,
        defaultSeverity: DiagnosticSeverity.Warning,
        description: "按词表查找公文中常见的别字、误写成语和固定表述、非推荐异形词，以及依语境而定的易混淆词（截止/截至、必需/必须等），并给出改正。",
        isFixable: true);

    /// <summary>Option: wrong forms never to report (list).</summary>
    public const string IgnoreOption = "ignore";

    /// <summary>Option: extra pairs <c>错词=正词</c> (list), reported as 别字 with a safe fix.</summary>
    public const string ExtraPairsOption = "extra";

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => [Rule];

    public override void Initialize(AnalysisContext context) => context.RegisterParagraphAction(Analyze);

    private static void Analyze(ParagraphAnalysisContext context)
    {
        var table = TableFor(context.Options);
        string text = context.Text;
        var characters = TwoCharacterNearMiss.CharactersOf(context.Tokenizer);
        TokenBoundaries? boundaries = null;
        int coveredUntil = 0;
        for (int start = 0; start < text.Length; start++)
        {
            if (start < coveredUntil || !HanText.IsHan(text[start])) continue;
            foreach (var entry in table.Candidates(text, start))
            {
                if (!entry.IsSpelledAt(text, start)) continue;
                boundaries ??= new TokenBoundaries(context.Tokens, text.Length, context.Tokenizer);
                if (!entry.IsMatch(text, start, boundaries)) continue;
                var span = new TextSpan(start, entry.Wrong.Length);
                var fix = Fix.Replace(span, entry.Right, entry.IsFixSafe);
                context.ReportDiagnostic(Rule, span, entry.FormatMessage(), entry.Severity, fix);
                coveredUntil = span.End;
                break;
            }
            if (start < coveredUntil) continue;
            boundaries ??= new TokenBoundaries(context.Tokens, text.Length, context.Tokenizer);
            if (NearMiss(text, start, boundaries, context.Tokens, context.Tokenizer, table, characters) is not { } nearMiss
                || TableMatchesWithin(table, text, start, nearMiss.Length, boundaries)) continue;
            var nearMissSpan = new TextSpan(start, nearMiss.Length);
            context.ReportDiagnostic(Rule, nearMissSpan, nearMiss.Message, nearMiss.Severity, Fix.Replace(nearMissSpan, nearMiss.Right, isSafe: false));
            coveredUntil = nearMissSpan.End;
        }
    }

    /// <summary>The near misses found without the table: an idiom of the dictionary (<see cref="IdiomNearMiss"/>), a four-character
    /// fixed phrase of it (<see cref="PhraseNearMiss"/>), or a rare
    /// three-character word of the dictionary (<see cref="RareWordNearMiss"/>) one confusable character away from a common word, or three
    /// characters outside the dictionary one confusable character away from a three-character word of it (<see cref="OutOfDictionaryNearMiss"/>).
    /// Each check's cheap prefilter (bit tests, array reads) turns away nearly every window before its dictionary lookups; a window one
    /// prefilter lets through costs only that check's lookups.</summary>
    private static (string Message, int Length, string Right, DiagnosticSeverity Severity)? NearMiss(string text, int start, TokenBoundaries boundaries, TokenList tokens,
        ITokenizer tokenizer, ConfusableTable table, TwoCharacterNearMiss.Characters characters)
    {
        if (IdiomNearMiss.MayStartAt(text, start) && IdiomNearMiss.Correction(text, start, boundaries, tokenizer, table) is { } idiom)
            return ($"“{text.Substring(start, IdiomNearMiss.Length)}”疑为成语“{idiom}”之误。", IdiomNearMiss.Length, idiom, Rule.DefaultSeverity);
        if (PhraseNearMiss.MayStartAt(text, start) && PhraseNearMiss.Correction(text, start, boundaries, tokenizer, table) is { } phrase)
            return ($"“{text.Substring(start, PhraseNearMiss.Length)}”疑为“{phrase}”之误。", PhraseNearMiss.Length, phrase, Rule.DefaultSeverity);
        if (RareWordNearMiss.MayStartAt(text, start) && RareWordNearMiss.Correction(text, start, boundaries, tokenizer) is { } word)
            return ($"“{text.Substring(start, RareWordNearMiss.Length)}”疑为“{word}”之误。", RareWordNearMiss.Length, word, Rule.DefaultSeverity);
        if (OutOfDictionaryNearMiss.MayStartAt(text, start, boundaries) && OutOfDictionaryNearMiss.Correction(text, start, boundaries, tokens, tokenizer) is { } guess)
            return ($"“{text.Substring(start, OutOfDictionaryNearMiss.Length)}”疑为“{guess}”之误。", OutOfDictionaryNearMiss.Length, guess, Rule.DefaultSeverity);
        if (TwoCharacterNearMiss.Correction(text, start, boundaries, tokens, tokenizer, characters) is { } pair)
            return ($"“{text.Substring(start, TwoCharacterNearMiss.Length)}”疑为“{pair}”之误。", TwoCharacterNearMiss.Length, pair, TwoCharacterNearMiss.Severity(text, start));
        return null;
    }

    /// <summary>True when a pair of the table matches inside the near miss's characters (严峻形式: the table knows 形式 there, with its
    /// context): the table's finding is the more exact one.</summary>
    private static bool TableMatchesWithin(ConfusableTable table, string text, int start, int length, TokenBoundaries boundaries)
    {
        for (int at = start; at < start + length; at++)
            foreach (var entry in table.Candidates(text, at))
                if (entry.IsSpelledAt(text, at) && entry.IsMatch(text, at, boundaries)) return true;
        return false;
    }

    /// <summary>Tables with a document's ignore and extra options applied, built once per options rather than once per paragraph.</summary>
    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<Configuration.RuleOptions, ConfusableTable> Configured = new();

    private static ConfusableTable TableFor(Configuration.RuleOptions options) => Configured.TryGetValue(options, out var table) ? table : Configured.GetValue(options, Build);

    private static ConfusableTable Build(Configuration.RuleOptions options)
    {
        var ignored = options.GetList(Rule.Id, IgnoreOption);
        var extra = options.GetList(Rule.Id, ExtraPairsOption);
        if (ignored.Count == 0 && extra.Count == 0) return ConfusableTable.Default;
        return ConfusableTable.Default.With(ignored, extra.Select(ParsePair));
    }

    private static (string Wrong, string Right) ParsePair(string pair)
    {
        int equals = pair.IndexOf('=');
        if (equals <= 0 || equals == pair.Length - 1 || !HanText.IsHan(pair.AsSpan(0, equals)))
            throw new Configuration.ConfigurationException($"RL2001 选项 {ExtraPairsOption} 的“{pair}”应写作“错词=正词”。");
        return (pair[..equals], pair[(equals + 1)..]);
    }
}
