using System.Collections.Immutable;
using ReviewLint.Analysis;
using ReviewLint.Diagnostics;

namespace ReviewLint.Benchmarks;

/// <summary>
/// Used by the pipeline benchmarks only when ReviewLint.Analyzers contains no analyzer (a branch without rules): a
/// typical rule workload, so the pipeline still tokenizes and scans. It walks every token (adjacent identical single
/// characters checked against the dictionary), searches every sentence for a word list, and visits every section.
/// </summary>
public sealed class StandInAnalyzer : DiagnosticAnalyzer
{
    public static readonly DiagnosticDescriptor Rule = new("RL9901", "benchmark-stand-in", "基准测试替身规则", "发现“{0}”。",
        DiagnosticCategory.Wording, DiagnosticSeverity.Info);

    private static readonly string[] Words = ["钢性", "布署", "按排", "按步就班", "再接再励", "一如继往", "既使", "街道", "社区", "嘎查", "全盟", "患者", "师生"];

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => [Rule];

    public override void Initialize(AnalysisContext context)
    {
        context.RegisterDocumentAction(c =>
        {
            var tokens = c.Tokens;
            for (int i = 1; i < tokens.Count; i++)
                if (tokens[i].IsSingleHan && tokens[i - 1].IsSingleHan && tokens[i].Text == tokens[i - 1].Text && !c.Tokenizer.IsWord(tokens[i - 1].Text + tokens[i].Text))
                    c.Report(Rule, Text.TextSpan.FromBounds(tokens[i - 1].Start, tokens[i].End), null, tokens[i].Text + tokens[i].Text);
        });
        context.RegisterSentenceAction(c =>
        {
            var sentence = c.Text.AsSpan(c.Sentence.Span);
            foreach (string word in Words)
                if (sentence.Contains(word, StringComparison.Ordinal))
                    c.Report(Rule, new Text.TextSpan(c.Sentence.Span.Start + sentence.IndexOf(word, StringComparison.Ordinal), word.Length), null, word);
        });
        context.RegisterSectionAction(c => _ = c.Section.Heading.Title.Length);
    }
}

/// <summary>The analyzers of the default pipeline: the built-in ones, or the stand-in when there are none.</summary>
public static class PipelineAnalyzers
{
    /// <summary>The environment variable (set by <c>--off RL5001,…</c>; inherited by out-of-process benchmarks) naming rules to leave out.</summary>
    public const string OffVariable = "REVIEWLINT_BENCH_OFF";

    public static IReadOnlyList<DiagnosticAnalyzer> Create()
    {
        var off = (Environment.GetEnvironmentVariable(OffVariable) ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var analyzers = ReviewLint.Hosting.BuiltInAnalyzers.Create()
            .Where(a => !a.SupportedDiagnostics.Any(d => off.Contains(d.Id, StringComparer.OrdinalIgnoreCase))).ToList();
        return analyzers.Count > 0 ? analyzers : [new StandInAnalyzer()];
    }

    public static string Describe(IReadOnlyList<DiagnosticAnalyzer> analyzers) =>
        analyzers is [StandInAnalyzer] ? "none built in: using the stand-in workload (StandInAnalyzer)" : string.Join(", ", analyzers.Select(a => a.Name));
}
