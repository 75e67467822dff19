using ReviewLint.Analysis;
using ReviewLint.Tokenization;

namespace ReviewLint.Evaluation;

/// <summary>Runs chosen built-in analyzers over single sentences, each as a document of its own.</summary>
public sealed class SentenceLinter(IEnumerable<DiagnosticAnalyzer> analyzers, Action<ReviewLintOptions>? configure = null)
{
    private readonly ReviewLinter _linter = new(analyzers, JiebaTokenizer.Shared, Configure(configure));

    /// <summary>The built-in analyzers whose rule ids are listed (all per-document rules when none are).</summary>
    /// <remarks>RL4004 compares the reports of a batch; dev-set sentences are not a batch (they repeat one another), so it is left out.</remarks>
    public static IReadOnlyList<DiagnosticAnalyzer> BuiltIn(params string[] ruleIds) =>
        [.. Hosting.BuiltInAnalyzers.Create()
            .Where(a => a.SupportedDiagnostics.All(d => d.Id != "RL4004"))
            .Where(a => ruleIds.Length == 0 || a.SupportedDiagnostics.Any(d => ruleIds.Contains(d.Id)))];

    /// <summary>The built-in rules that judge a sentence on its own (wording RL2xxx, repetition RL3xxx, punctuation RL6xxx);
    /// structure and consistency rules need a whole report and fire on sentences cut out of one (a lone “二是…”).</summary>
    public static IReadOnlyList<DiagnosticAnalyzer> BuiltInSentenceRules() =>
        [.. BuiltIn().Where(a => a.SupportedDiagnostics.Any(d => d.Id.StartsWith("RL2", StringComparison.Ordinal)
            || d.Id.StartsWith("RL3", StringComparison.Ordinal) || d.Id.StartsWith("RL6", StringComparison.Ordinal)))];

    /// <summary>Analyzes each sentence and returns its results in input order.</summary>
    public async Task<IReadOnlyList<DocumentResult>> AnalyzeAsync(IEnumerable<string> sentences)
    {
        var documents = sentences.Select((text, i) => ReportDocument.FromText($"sentence-{i}.txt", text));
        return (await _linter.AnalyzeBatchAsync(documents)).Documents;
    }

    private static ReviewLintOptions Configure(Action<ReviewLintOptions>? configure)
    {
        var options = new ReviewLintOptions();
        configure?.Invoke(options);
        return options;
    }
}
