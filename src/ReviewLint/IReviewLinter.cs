using ReviewLint.Analysis;
using ReviewLint.Diagnostics;

namespace ReviewLint;

/// <summary>Runs the registered analyzers over one report or a batch of reports.</summary>
public interface IReviewLinter
{
    IReadOnlyList<DiagnosticAnalyzer> Analyzers { get; }

    /// <summary>Every descriptor the linter can report, the engine's own included, ordered by id.</summary>
    IReadOnlyList<DiagnosticDescriptor> Descriptors { get; }

    Task<DocumentResult> AnalyzeAsync(ReportDocument document, CancellationToken cancellationToken = default);

    /// <summary>Analyzes a batch in parallel; results come in input order whatever the degree of parallelism.</summary>
    Task<BatchResult> AnalyzeBatchAsync(IEnumerable<ReportDocument> documents, CancellationToken cancellationToken = default);

    /// <summary>Streams results in input order as documents finish, keeping only a bounded number in memory.
    /// Findings of batch analyzers come last, as extra results for the documents they concern.</summary>
    IAsyncEnumerable<DocumentResult> AnalyzeStreamAsync(IEnumerable<ReportDocument> documents, AnalyzerTelemetry? telemetry = null,
        CancellationToken cancellationToken = default);
}
