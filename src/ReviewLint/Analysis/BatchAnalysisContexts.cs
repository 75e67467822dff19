using ReviewLint.Configuration;
using ReviewLint.Diagnostics;
using ReviewLint.Text;

namespace ReviewLint.Analysis;

/// <summary>The start of a batch: register per-document actions that share closure state, and an end action that sees it all.</summary>
public sealed class BatchStartAnalysisContext
{
    internal BatchStartAnalysisContext(RuleOptions options, CancellationToken cancellationToken)
    {
        Options = options;
        CancellationToken = cancellationToken;
    }

    /// <summary>The batch-wide options (per-file configuration may differ; documents carry their own).</summary>
    public RuleOptions Options { get; }
    public CancellationToken CancellationToken { get; }

    internal List<Action<DocumentAnalysisContext>> DocumentActions { get; } = [];
    internal List<Action<BatchEndAnalysisContext>> EndActions { get; } = [];

    /// <summary>Runs for every document of the batch, possibly on several threads at once: make shared state thread-safe.</summary>
    public void RegisterDocumentAction(Action<DocumentAnalysisContext> action) => DocumentActions.Add(action ?? throw new ArgumentNullException(nameof(action)));

    public void RegisterBatchEndAction(Action<BatchEndAnalysisContext> action) => EndActions.Add(action ?? throw new ArgumentNullException(nameof(action)));
}

/// <summary>The end of a batch: report findings that need every document (e.g. paragraphs copied between reports).</summary>
public sealed class BatchEndAnalysisContext
{
    private readonly AnalyzerRun _run;

    private readonly Dictionary<string, ReportDocument> _reported;

    internal BatchEndAnalysisContext(AnalyzerRun run, Dictionary<string, ReportDocument> reported, CancellationToken cancellationToken)
    {
        _run = run;
        _reported = reported;
        CancellationToken = cancellationToken;
    }

    public CancellationToken CancellationToken { get; }

    public void Report(ReportDocument document, DiagnosticDescriptor descriptor, TextSpan span, Fix? fix = null, params object?[] messageArgs) =>
        ReportDiagnostic(document, Diagnostic.Create(descriptor, Location.Create(document, span), fix, messageArgs));

    public void ReportDiagnostic(ReportDocument document, Diagnostic diagnostic)
    {
        _run.Report(document, diagnostic);
        _reported[document.Path] = document;
    }
}
