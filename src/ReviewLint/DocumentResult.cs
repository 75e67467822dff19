using System.Collections.Immutable;
using ReviewLint.Analysis;
using ReviewLint.Diagnostics;

namespace ReviewLint;

/// <summary>The findings for one document: reported diagnostics in text order, and those a directive or baseline suppressed.</summary>
public sealed record DocumentResult(ReportDocument Document, ImmutableArray<Diagnostic> Diagnostics, ImmutableArray<SuppressedDiagnostic> Suppressed)
{
    public string Path => Document.Path;
}

/// <summary>A diagnostic that was found but suppressed, with where the suppression came from.</summary>
public sealed record SuppressedDiagnostic(Diagnostic Diagnostic, string Kind, string? Justification);

/// <summary>The findings for a batch, one result per document in input order, plus the run's timings.</summary>
public sealed record BatchResult(ImmutableArray<DocumentResult> Documents, AnalyzerTelemetry Telemetry)
{
    public IEnumerable<Diagnostic> Diagnostics => Documents.SelectMany(d => d.Diagnostics);
}
