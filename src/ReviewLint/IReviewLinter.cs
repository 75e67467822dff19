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

    /// <summary>Analyzes a batch in parallel; one result per document, in input order whatever the degree of parallelism,
    /// with the findings of batch analyzers merged into the result of the document they concern.</summary>
    Task<BatchResult> AnalyzeBatchAsync(IEnumerable<ReportDocument> documents, CancellationToken cancellationToken = default);

    /// <summary>Streams results in input order as documents finish, keeping only a bounded number of documents in flight.</summary>
    /// <remarks>
    /// <para>Findings of batch analyzers (<see cref="AnalysisContext.RegisterBatchStartAction"/>, e.g. RL4004 copied-paragraph)
    /// can only be decided once every document has been seen. They come last, after every per-document result, as extra
    /// results (one per document concerned, in input order) for documents that were already yielded: merge them by
    /// <see cref="DocumentResult.Path"/>. An extra result's <see cref="DocumentResult.Document"/> has the same text as the
    /// document given (it may be a new, unparsed instance rebuilt from that text); severities and inline suppressions are
    /// applied as for any result.</para>
    /// <para>Memory: the engine keeps nothing of a document once its result is yielded (its parse and tokens are released).
    /// Batch analyzers keep what their end action needs, and only that: RL4004 keeps each report's text and the spans of
    /// its long paragraphs, plus a fixed-size shingle-frequency sketch, so a batch costs about its text size on top of the
    /// constant memory of per-document analysis. Without batch analyzers (or with their rules off), nothing grows with the batch.</para>
    /// </remarks>
    IAsyncEnumerable<DocumentResult> AnalyzeStreamAsync(IEnumerable<ReportDocument> documents, AnalyzerTelemetry? telemetry = null,
        CancellationToken cancellationToken = default);
}
