using System.Collections.Immutable;
using ReviewLint.Analysis;
using ReviewLint.Analyzers.Lexicon;
using ReviewLint.Diagnostics;
using ReviewLint.Syntax;
using ReviewLint.Text;
using ReviewLint.Tokenization;

namespace ReviewLint.Analyzers.Wording;

/// <summary>RL2004: a token that is no dictionary word (jieba's HMM made it: 持旭, 运舒部) or a lone character beside a word
/// (国务/原), which becomes a frequent or a far likelier dictionary word once one character is replaced by a same-sound or
/// similar-shape one: a statistical guess beyond the RL2001 word list.</summary>
public sealed class LikelyTypoAnalyzer : DiagnosticAnalyzer
{
    public static readonly DiagnosticDescriptor Rule = new(
        id: "RL2004",
        name: "likely-typo",
        title: "疑似错别字",
        messageFormat: "“{0}”疑为“{1}”之误（“{2}”）。",
        category: DiagnosticCategory.Wording,
        defaultSeverity: DiagnosticSeverity.Info,
        description: "统计方法查找词表以外的错别字：某字与相邻的字组不成词，而换成同音或形近字后能组成常用词时提示。仅作提示，修复须人工确认。",
        isFixable: true);

    /// <summary>Option: the smallest jieba dictionary frequency of the substitute word (integer, default 300).</summary>
    public const string MinimumFrequencyOption = "minFrequency";

    private const int DefaultMinimumFrequency = 300;

    /// <summary>jieba frequency above which a character is a function or very common word (不 1.4M… 中, 有, 一).</summary>
    private const int CommonCharacterFrequency = 50_000;

    /// <summary>Longest word looked up (a lone character with the word beside it); longer ones are skipped.</summary>
    private const int MaxWordLength = 16;

    /// <summary>A substitute word this frequent, and at least as frequent as the character it replaces, is enough on its own.</summary>
    private const int FrequentWordFrequency = 1000;

    /// <summary>Other characters of a two-character guess must be rarer than this for the likelihood test (浇点水, 入耳悦心 are fine).</summary>
    private const int RareCharacterFrequency = 5000;

    private static readonly double LogDictionaryTotal = Math.Log(JiebaFrequencies.DictionaryTotal);

    /// <summary>Smallest natural log of how much likelier the substitute word is than what is written (jieba's unigram model:
    /// P(word) against the product of the probabilities of the pieces), by what the guess starts from. Tuned on the even half
    /// of ECSpell-odw (see rules/RL2004.md).</summary>
    private const double LoneCharacterLogRatio = 7, TwoCharacterLogRatio = 7, ThreeCharacterLogRatio = 13;

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => [Rule];

    public override void Initialize(AnalysisContext context) => context.RegisterParagraphAction(UnitNameIn, Analyze);

    private static void Analyze(ParagraphAnalysisContext context, UnitName? unitName)
    {
        int minimum = context.Options.GetInt(Rule.Id, MinimumFrequencyOption, DefaultMinimumFrequency);
        var tokens = context.Tokens;
        var tokenizer = context.Tokenizer;
        string text = context.Text;
        Span<int> frequencies = stackalloc int[TypoConfusions.Default.MostSubstitutes];
        int reportedUntil = 0;
        for (int i = 0; i < tokens.Count; i++)
        {
            var token = tokens[i];
            if (!token.IsHan || token.Start < reportedUntil) continue;
            var guess = token.Text.Length == 1
                ? GuessLoneCharacter(text, tokens, i, tokenizer, minimum, frequencies)
                : GuessUnknownWord(text, token, tokenizer, minimum, frequencies);
            if (guess.Frequency == 0 || IsListedWrongForm(text, guess.Position) || IsInUnitName(text, guess.Position, unitName)
                || LikelyTypoKnownPhrases.Default.Covers(text, guess.Position)) continue;
            var span = new TextSpan(guess.Position, 1);
            string right = guess.Right.ToString();
            context.Report(Rule, span, Fix.Replace(span, right, isSafe: false), text[guess.Position].ToString(), right, guess.Word(text));
            reportedUntil = guess.WordEnd;
        }
    }

    /// <summary>True when a wrong form of RL2001's list (贯澈) covers <paramref name="position"/>: that rule reports it already.</summary>
    private static bool IsListedWrongForm(string text, int position)
    {
        for (int start = Math.Max(0, position - 3); start <= position; start++)
            foreach (var entry in ConfusableTable.Default.Candidates(text[start]))
                if (start + entry.Wrong.Length > position && text.AsSpan(start).StartsWith(entry.Wrong, StringComparison.Ordinal)) return true;
        return false;
    }

    /// <summary>The report's own unit name and its stem (安庄人民医院, 安庄) as far as they matter to one paragraph: whether each
    /// is written the same way at least twice in the report (then it is a proper name the dictionary does not know, not a typo;
    /// a name written only once, in a title whose unit name has the typo itself, is still checked).</summary>
    private sealed record UnitName(string Name, string Stem, bool NameRepeated, bool StemRepeated);

    /// <summary>The unit name facts for a paragraph that holds the name or its stem; null for the other paragraphs, so that
    /// they share cached findings with the same paragraph in reports of other units.</summary>
    private static UnitName? UnitNameIn(DocumentAnalysisContext document, Paragraph paragraph)
    {
        string? name = document.Facts.UnitName;
        if (string.IsNullOrEmpty(name)) return null;
        string stem = name[..^FactsInference.SuffixOf(name).Length];
        var content = document.Text.AsSpan(paragraph.Span);
        bool stemRepeated = stem.Length >= 2 && content.Contains(stem, StringComparison.Ordinal) && IsRepeated(document.Text.Content, stem);
        bool nameRepeated = content.Contains(name, StringComparison.Ordinal) && IsRepeated(document.Text.Content, name);
        return nameRepeated || stemRepeated ? new UnitName(name, stem, nameRepeated, stemRepeated) : null;
    }

    /// <summary>True when <paramref name="name"/> occurs again after its first occurrence.</summary>
    private static bool IsRepeated(string text, string name) =>
        text.IndexOf(name, StringComparison.Ordinal) is var first and >= 0 && text.IndexOf(name, first + name.Length, StringComparison.Ordinal) >= 0;

    /// <summary>True when <paramref name="position"/> lies in the report's own unit name or its stem, written at least twice in the report.</summary>
    private static bool IsInUnitName(string text, int position, UnitName? unitName) =>
        unitName is { } unit && (unit.NameRepeated && IsInName(text, position, unit.Name) || unit.StemRepeated && IsInName(text, position, unit.Stem));

    private static bool IsInName(string text, int position, string name)
    {
        int found = text.IndexOf(name, Math.Max(0, position - name.Length + 1), StringComparison.Ordinal);
        return found >= 0 && found <= position;
    }

    /// <summary>A single-character token that makes a frequent word with the word before or after it once replaced (国务/原 →
    /// 国务院). Two lone characters side by side (不/紧, 上/签) are left alone: too many of them are fine; so are very common
    /// characters (的, 是, 不): they are words of their own far more often than typos.</summary>
    private static Guess GuessLoneCharacter(string text, TokenList tokens, int index, ITokenizer tokenizer, int minimum, Span<int> frequencies)
    {
        var token = tokens[index];
        if (!TypoConfusions.Default.HasSubstitutes(token.Text[0])) return default;
        bool afterWord = index > 0 && tokens[index - 1] is { IsHan: true, Text.Length: > 1, End: var end } && end == token.Start;
        bool beforeWord = index + 1 < tokens.Count && tokens[index + 1] is { IsHan: true, Text.Length: > 1, Start: var start } && start == token.End;
        if (!afterWord && !beforeWord) return default;
        int own = tokenizer.GetFrequency(token.Text);
        if (own >= CommonCharacterFrequency) return default;
        // 15种/小企业: after a number a lone character is a measure word.
        if (beforeWord && token.Start > 0 && char.IsDigit(text[token.Start - 1])) beforeWord = false;
        Guess best = default;
        if (afterWord)
        {
            var word = tokens[index - 1];
            var guess = TrySubstitutes(text.AsSpan(word.Start, token.End - word.Start), token.Start - word.Start, word.Start, tokenizer, frequencies);
            // The word's frequency (one more dictionary lookup) matters only when some substitute made a word.
            if (guess.Frequency > 0 && IsLikely(guess, own, minimum, LoneCharacterLogRatio, LogProbability(own) + LogProbability(tokenizer.GetFrequency(word.Text)))) best = guess;
        }
        if (beforeWord)
        {
            var word = tokens[index + 1];
            var guess = TrySubstitutes(text.AsSpan(token.Start, word.End - token.Start), 0, token.Start, tokenizer, frequencies);
            if (guess.Frequency > 0 && IsLikely(guess, own, minimum, LoneCharacterLogRatio, LogProbability(own) + LogProbability(tokenizer.GetFrequency(word.Text)))) best = Better(best, guess);
        }
        return best;
    }

    /// <summary>A token of two or three characters that is no dictionary word (jieba's HMM glued it: 持旭, 运舒部) but becomes a
    /// word with one character replaced.</summary>
    private static Guess GuessUnknownWord(string text, Token token, ITokenizer tokenizer, int minimum, Span<int> substituteFrequencies)
    {
        string word = token.Text;
        if (word.Length > 3 || !HanText.IsHan(word.AsSpan()) || tokenizer.GetFrequency(word) > 0) return default;
        var original = text.AsSpan(token.Start, word.Length);
        Span<int> frequencies = stackalloc int[3];
        double logWritten = 0;
        for (int k = 0; k < word.Length; k++)
        {
            frequencies[k] = tokenizer.GetFrequency(original.Slice(k, 1));
            logWritten += LogProbability(frequencies[k]);
        }
        Guess best = default;
        for (int k = 0; k < word.Length; k++)
        {
            if (!TypoConfusions.Default.HasSubstitutes(word[k])) continue;
            double minimumLogRatio = ThreeCharacterLogRatio;
            if (word.Length == 2)
            {
                // 不紧, 一饮, 信中: beside a very common word (不, 一, 中) the other character is usually a word of its own.
                int other = frequencies[1 - k];
                if (other >= CommonCharacterFrequency) continue;
                minimumLogRatio = other < RareCharacterFrequency ? TwoCharacterLogRatio : double.PositiveInfinity;
            }
            var guess = TrySubstitutes(original, k, token.Start, tokenizer, substituteFrequencies, originalKnownNoWord: true);
            if (IsLikely(guess, frequencies[k], minimum, minimumLogRatio, logWritten)) best = Better(best, guess);
        }
        return best;
    }

    /// <summary>True when the substitute word is frequent enough: at least <paramref name="minimum"/>, and either frequent and at
    /// least as frequent as the replaced character alone (a common character glued to a neighbour, 日起, 中有, is rarely a typo),
    /// or far likelier than the written pieces: ln P(word) − <paramref name="logWritten"/> ≥ <paramref name="minimumLogRatio"/>,
    /// where <paramref name="logWritten"/> is Σ ln P(piece) over the dictionary words (or single characters) written there.</summary>
    private static bool IsLikely(Guess guess, int replaced, int minimum, double minimumLogRatio, double logWritten)
    {
        if (guess.Frequency < Math.Max(1, minimum)) return false;
        if (guess.Frequency >= Math.Max(FrequentWordFrequency, replaced)) return true;
        return LogProbability(guess.Frequency) - logWritten >= minimumLogRatio;
    }

    /// <summary>The most frequent word made by replacing <c>original[index]</c> with one of its substitutes (the first of equally
    /// frequent ones), when <paramref name="original"/> itself is no word (looked up unless the caller knows:
    /// <paramref name="originalKnownNoWord"/>). All substitutes are looked up in one call, into <paramref name="frequencies"/>.</summary>
    private static Guess TrySubstitutes(ReadOnlySpan<char> original, int index, int start, ITokenizer tokenizer, Span<int> frequencies, bool originalKnownNoWord = false)
    {
        if (original.Length > MaxWordLength || !TypoConfusions.Default.TryGet(original[index], out var substitutes)) return default;
        if (!originalKnownNoWord && tokenizer.GetFrequency(original) > 0) return default;
        tokenizer.GetFrequencies(original, index, substitutes, frequencies);
        Guess best = default;
        for (int i = 0; i < substitutes.Length; i++)
            if (frequencies[i] > best.Frequency) best = new Guess(start + index, substitutes[i], start, start + original.Length, frequencies[i]);
        return best;
    }

    /// <summary>ln P(piece) in jieba's unigram model: its frequency over the dictionary total, 0 (no word) counted as 1 as jieba does.</summary>
    private static double LogProbability(int frequency) => Math.Log(Math.Max(1, frequency)) - LogDictionaryTotal;

    private static Guess Better(Guess a, Guess b) => b.Frequency > a.Frequency ? b : a;

    /// <summary>A substitute <see cref="Right"/> at <see cref="Position"/> that turns <c>text[WordStart..WordEnd]</c> into a word
    /// of <see cref="Frequency"/>; the default (frequency 0) is no guess.</summary>
    private readonly record struct Guess(int Position, char Right, int WordStart, int WordEnd, int Frequency)
    {
        public string Word(string text)
        {
            var (position, right) = (Position - WordStart, Right);
            return string.Create(WordEnd - WordStart, (text, WordStart, position, right), static (span, state) =>
            {
                state.text.AsSpan(state.WordStart, span.Length).CopyTo(span);
                span[state.position] = state.right;
            });
        }
    }
}
