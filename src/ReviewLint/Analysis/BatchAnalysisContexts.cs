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
    private readonly BatchRun _batch;

    internal BatchEndAnalysisContext(AnalyzerRun run, BatchRun batch, CancellationToken cancellationToken)
    {
        _run = run;
        _batch = batch;
        CancellationToken = cancellationToken;
    }

    public CancellationToken CancellationToken { get; }

    /// <summary>What was reported, per document, in the order reported.</summary>
    internal List<(ReportDocument Document, Diagnostic Diagnostic)> Found { get; } = [];

    /// <summary>Reports on <paramref name="document"/>, which must be a document of this batch as the analyzer saw it
    /// (<see cref="DocumentAnalysisContext.Document"/>) or one rebuilt from its text (<c>ReportDocument.Create(path, text)</c>
    /// with the same <see cref="Text.SourceText"/> instance). The engine does not keep the batch's documents: to report at
    /// the end, keep what is needed (the text, not the parse) in the batch-start closure.</summary>
    public void Report(ReportDocument document, DiagnosticDescriptor descriptor, TextSpan span, Fix? fix = null, params object?[] messageArgs)
    {
        ArgumentNullException.ThrowIfNull(document);
        _run.Check(document, descriptor, span);
        ReportDiagnostic(document, Diagnostic.Create(descriptor, Location.Create(document, span), fix, messageArgs));
    }

    public void ReportDiagnostic(ReportDocument document, Diagnostic diagnostic)
    {
        ArgumentNullException.ThrowIfNull(document);
        if (!_batch.Contains(document))
            throw new InvalidOperationException($"分析器 {_run.Analyzer.Name} 在批处理结束时报告的文档 {document.Path} 不属于本批次。");
        _run.Report(document, diagnostic);
        Found.Add((document, diagnostic));
    }
}
