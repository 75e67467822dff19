using System.Collections.Immutable;
using ReviewLint.Configuration;
using ReviewLint.Suppression;
using Diagnostic = ReviewLint.Diagnostics.Diagnostic;

namespace ReviewLint.Analysis;

/// <summary>Runs registered analyzers over one document, isolating their failures, timing them, and applying severity and suppression.</summary>
internal static class AnalyzerDriver
{
    public static List<Diagnostic> Run(DocumentState state, IReadOnlyList<RegisteredAnalyzer> analyzers, BatchRun batch,
        AnalyzerTelemetry telemetry, TimeProvider time)
    {
        var diagnostics = new List<Diagnostic>();
        var needingTokens = new List<string>();
        foreach (var registered in analyzers)
        {
            if (!registered.IsEnabled(state.Options)) continue;
            var run = new AnalyzerRun(registered.Analyzer, registered.Declared);
            long start = time.GetTimestamp();
            var tokenizationBefore = state.TokenizationTime;
            try
            {
                if (registered.InitializationError is { } initializationError)
                {
                    run.Diagnostics.Add(CrashDiagnostic(state.Document, registered.Analyzer, initializationError, "初始化时"));
                }
                else
                {
                    if (batch.StartFailures.TryGetValue(registered, out var startError))
                        run.Diagnostics.Add(CrashDiagnostic(state.Document, registered.Analyzer, startError, "批处理开始时"));
                    RunActions(state, registered, batch, run);
                }
            }
            catch (OperationCanceledException) when (state.CancellationToken.IsCancellationRequested)
            {
                throw;
            }
            catch (Exception exception) when (state.IsTokenizationFailure(exception))
            {
                needingTokens.Add(registered.Analyzer.Name);
            }
            catch (Exception exception)
            {
                run.Diagnostics.Add(CrashDiagnostic(state.Document, registered.Analyzer, exception));
            }
            telemetry.AddAnalyzerTime(registered.Analyzer.Name, time.GetElapsedTime(start) - (state.TokenizationTime - tokenizationBefore));
            diagnostics.AddRange(run.Diagnostics);
        }
        if (state.TokenizationError is { } error && needingTokens.Count > 0)
            diagnostics.Add(TokenizerFailureDiagnostic(state, error, needingTokens));
        return diagnostics;
    }

    /// <summary>One RL0001 for a document the tokenizer failed on, naming the tokenizer, its error and the analyzers left incomplete.</summary>
    private static Diagnostic TokenizerFailureDiagnostic(DocumentState state, Exception error, List<string> analyzers) =>
        Diagnostic.Create(EngineDiagnostics.AnalyzerException, Diagnostics.Location.Create(state.Document, new Text.TextSpan(0, 0)), null,
            $"分词器 {state.Tokenizer.GetType().Name}",
            $"分词失败，需要分词的{analyzers.Count}个分析器（{string.Join("、", analyzers)}）未能完成检查：{error.GetType().Name}: {error.Message}");

    private static void RunActions(DocumentState state, RegisteredAnalyzer registered, BatchRun batchRun, AnalyzerRun run)
    {
        var actions = registered.Actions;
        var context = new DocumentAnalysisContext(state, run);
        foreach (var action in actions.DocumentActions) action(context);
        if (batchRun.Contexts.GetValueOrDefault(registered) is { } batch)
            foreach (var action in batch.DocumentActions) action(context);
        if (actions.ParagraphActions.Count > 0)
            ParagraphActionRunner.Run(state, context, registered, batchRun.ParagraphCache, run);
        if (actions.SectionActions.Count > 0)
            foreach (var section in state.Document.Syntax.AllSections)
                foreach (var action in actions.SectionActions) action(new SectionAnalysisContext(state, run, section));
        if (actions.SentenceActions.Count > 0)
            foreach (var sentence in state.Document.Syntax.Sentences)
            {
                state.CancellationToken.ThrowIfCancellationRequested();
                var sentenceContext = new SentenceAnalysisContext(state, run, sentence);
                foreach (var action in actions.SentenceActions) action(sentenceContext);
            }
    }

    /// <summary>The RL0001 diagnostic for an analyzer that threw; <paramref name="phase"/> says when, if not while analyzing the document.</summary>
    public static Diagnostic CrashDiagnostic(ReportDocument document, DiagnosticAnalyzer analyzer, Exception exception, string phase = "") =>
        Diagnostic.Create(EngineDiagnostics.AnalyzerException, Diagnostics.Location.Create(document, new Text.TextSpan(0, 0)), null,
            analyzer.Name, $"{phase}{exception.GetType().Name}: {exception.Message}");

    /// <summary>Applies configured severities (dropping rules that are off), inline suppressions, de-duplication and text order.</summary>
    public static DocumentResult Finish(ReportDocument document, RuleOptions options, IEnumerable<Diagnostic> found)
    {
        SuppressionMap? map = null;
        var kept = new List<Diagnostic>();
        var suppressed = ImmutableArray.CreateBuilder<SuppressedDiagnostic>();
        foreach (var diagnostic in found)
        {
            if (options.GetEffectiveSeverity(diagnostic) is not { } severity) continue;
            var effective = diagnostic.Severity == severity ? diagnostic : diagnostic with { Severity = severity };
            map ??= SuppressionMap.Create(document.Text);
            if (map.FindSuppression(effective) is { } directive)
                suppressed.Add(new SuppressedDiagnostic(effective, "inline", directive.Justification));
            else
                kept.Add(effective);
        }
        return new DocumentResult(document, Order(kept), suppressed.ToImmutable());
    }

    /// <summary>Text order (start, end, id, message), duplicates removed: the order every result is reported in.</summary>
    public static ImmutableArray<Diagnostic> Order(IEnumerable<Diagnostic> diagnostics) =>
        [.. diagnostics
            .DistinctBy(d => (d.Id, d.Location.Span, d.Message))
            .OrderBy(d => d.Location.Span.Start).ThenBy(d => d.Location.Span.End)
            .ThenBy(d => d.Id, StringComparer.Ordinal).ThenBy(d => d.Message, StringComparer.Ordinal)];
}
