using System.Collections.Immutable;
using System.Diagnostics;
using ReviewLint.Configuration;
using ReviewLint.Suppression;
using Diagnostic = ReviewLint.Diagnostics.Diagnostic;

namespace ReviewLint.Analysis;

/// <summary>Runs registered analyzers over one document, isolating their failures, timing them, and applying severity and suppression.</summary>
internal static class AnalyzerDriver
{
    public static List<Diagnostic> Run(
        DocumentState state,
        IReadOnlyList<RegisteredAnalyzer> analyzers,
        IReadOnlyDictionary<RegisteredAnalyzer, BatchStartAnalysisContext> batchContexts,
        AnalyzerTelemetry telemetry)
    {
        var diagnostics = new List<Diagnostic>();
        foreach (var registered in analyzers)
        {
            if (!registered.IsEnabled(state.Options)) continue;
            var run = new AnalyzerRun(registered.Analyzer, registered.Declared);
            long start = Stopwatch.GetTimestamp();
            long tokenizationBefore = state.TokenizationTicks;
            try
            {
                RunActions(state, registered.Actions, batchContexts.GetValueOrDefault(registered), run);
            }
            catch (OperationCanceledException) when (state.CancellationToken.IsCancellationRequested)
            {
                throw;
            }
            catch (Exception exception)
            {
                run.Diagnostics.Add(CrashDiagnostic(state.Document, registered.Analyzer, exception));
            }
            long elapsed = Stopwatch.GetTimestamp() - start - (state.TokenizationTicks - tokenizationBefore);
            telemetry.AddAnalyzerTime(registered.Analyzer.Name, elapsed);
            diagnostics.AddRange(run.Diagnostics);
        }
        return diagnostics;
    }

    private static void RunActions(DocumentState state, AnalysisContext actions, BatchStartAnalysisContext? batch, AnalyzerRun run)
    {
        var context = new DocumentAnalysisContext(state, run);
        foreach (var action in actions.DocumentActions) action(context);
        if (batch is not null)
            foreach (var action in batch.DocumentActions) action(context);
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

    public static Diagnostic CrashDiagnostic(ReportDocument document, DiagnosticAnalyzer analyzer, Exception exception) =>
        Diagnostic.Create(EngineDiagnostics.AnalyzerException, Diagnostics.Location.Create(document, new Text.TextSpan(0, 0)), null,
            analyzer.Name, $"{exception.GetType().Name}: {exception.Message}");

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
        var ordered = kept
            .DistinctBy(d => (d.Id, d.Location.Span, d.Message))
            .OrderBy(d => d.Location.Span.Start).ThenBy(d => d.Location.Span.End)
            .ThenBy(d => d.Id, StringComparer.Ordinal).ThenBy(d => d.Message, StringComparer.Ordinal)
            .ToImmutableArray();
        return new DocumentResult(document, ordered, suppressed.ToImmutable());
    }
}
