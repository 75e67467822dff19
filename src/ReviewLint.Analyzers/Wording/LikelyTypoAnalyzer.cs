using System.Collections.Immutable;
using ReviewLint.Analysis;
using ReviewLint.Analyzers.Lexicon;
using ReviewLint.Diagnostics;
using ReviewLint.Text;
using ReviewLint.Tokenization;

namespace ReviewLint.Analyzers.Wording;

/// <summary>RL2004: a token that is no dictionary word (jieba's HMM made it: 大数局, 染道) or a lone character beside a word, which
/// becomes a frequent dictionary word once one character is replaced by a same-sound or similar-shape one: a statistical guess
/// beyond the RL2001 word list.</summary>
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

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => [Rule];

    public override void Initialize(AnalysisContext context) => context.RegisterDocumentAction(Analyze);

    private static void Analyze(DocumentAnalysisContext context)
    {
        int minimum = context.Options.GetInt(Rule.Id, MinimumFrequencyOption, DefaultMinimumFrequency);
        var tokens = context.Tokens;
        int reportedUntil = 0;
        for (int i = 0; i < tokens.Count; i++)
        {
            var token = tokens[i];
            if (!token.IsHan || token.Start < reportedUntil) continue;
            var guess = token.Text.Length == 1
                ? GuessLoneCharacter(tokens, i, context.Tokenizer, minimum)
                : GuessUnknownWord(token, context.Tokenizer, minimum);
            if (guess is not { } found || IsListedWrongForm(context.Text.Content, found.Position)) continue;
            var span = new TextSpan(found.Position, 1);
            context.Report(Rule, span, Fix.Replace(span, found.Right.ToString(), isSafe: false),
                context.Text.Content[found.Position].ToString(), found.Right.ToString(), found.Word);
            reportedUntil = found.WordEnd;
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

    /// <summary>A single-character token that makes a frequent word with the word before or after it once replaced (大数/局 → 大数据).
    /// Two lone characters side by side (不/紧, 上/签) are left alone: too many of them are fine.</summary>
    private static Guess? GuessLoneCharacter(TokenList tokens, int index, ITokenizer tokenizer, int minimum)
    {
        var token = tokens[index];
        Guess? best = null;
        if (index > 0 && tokens[index - 1] is { IsHan: true, Text.Length: > 1 } previous && previous.End == token.Start)
            best = Better(best, TrySubstitutes(previous.Text, token.Text[0], "", token.Start, token.End, tokenizer, minimum));
        if (index + 1 < tokens.Count && tokens[index + 1] is { IsHan: true, Text.Length: > 1 } next && next.Start == token.End)
            best = Better(best, TrySubstitutes("", token.Text[0], next.Text, token.Start, next.End, tokenizer, minimum));
        return best;
    }

    /// <summary>A token of two or three characters that is no dictionary word but becomes a frequent word with one character replaced.</summary>
    private static Guess? GuessUnknownWord(Token token, ITokenizer tokenizer, int minimum)
    {
        string word = token.Text;
        if (word.Length > 3 || !HanText.IsHan(word.AsSpan()) || tokenizer.IsWord(word)) return null;
        Guess? best = null;
        for (int k = 0; k < word.Length; k++)
        {
            // 不紧, 一饮, 信中: beside a very common word (不, 一, 中) the other character is usually a word of its own.
            if (word.Length == 2 && tokenizer.GetFrequency(word[1 - k].ToString()) >= CommonCharacterFrequency) continue;
            best = Better(best, TrySubstitutes(word[..k], word[k], word[(k + 1)..], token.Start + k, token.End, tokenizer, minimum));
        }
        return best;
    }

    /// <summary>The most frequent word <c>left + substitute + right</c>, when <c>left + original + right</c> is no word. The
    /// substitute word must also be at least as frequent as the original character alone: a common character (起, 有, 以) that
    /// jieba's HMM glued to a neighbour (日起, 中有) is rarely a typo.</summary>
    private static Guess? TrySubstitutes(string left, char original, string right, int position, int wordEnd, ITokenizer tokenizer, int minimum)
    {
        if (!TypoConfusions.Default.TryGet(original, out var substitutes) || tokenizer.IsWord(left + original + right)) return null;
        int required = Math.Max(minimum, tokenizer.GetFrequency(original.ToString()));
        Guess? best = null;
        foreach (char substitute in substitutes)
        {
            string candidate = left + substitute + right;
            int frequency = tokenizer.GetFrequency(candidate);
            if (frequency >= required && (best is null || frequency > best.Value.Frequency))
                best = new Guess(position, substitute, candidate, frequency, wordEnd);
        }
        return best;
    }

    private static Guess? Better(Guess? a, Guess? b) => a is null ? b : b is null ? a : b.Value.Frequency > a.Value.Frequency ? b : a;

    private readonly record struct Guess(int Position, char Right, string Word, int Frequency, int WordEnd);
}
