using System.Collections.Concurrent;

namespace ReviewLint.Analysis;

/// <summary>One batch's shared state: the batch-start contexts, the analyzers whose batch start failed, and where each document sits in the input.</summary>
internal sealed class BatchRun
{
    private readonly ConcurrentDictionary<Text.SourceText, (ReportDocument Document, int Position)> _positions = new(ReferenceEqualityComparer.Instance);

    public Dictionary<RegisteredAnalyzer, BatchStartAnalysisContext> Contexts { get; } = [];
    public Dictionary<RegisteredAnalyzer, Exception> StartFailures { get; } = [];

    /// <summary>Documents are remembered only when some analyzer has a batch-end action that may report on them.</summary>
    public bool TracksDocuments { get; set; }

    public void Add(ReportDocument document, int position)
    {
        if (TracksDocuments) _positions.TryAdd(document.Text, (document, position));
    }

    /// <summary>True when the document's text is a batch document's text: analyzers may rebuild a document from its text.</summary>
    public bool Contains(ReportDocument document) => _positions.ContainsKey(document.Text);

    public int PositionOf(ReportDocument document) => _positions.TryGetValue(document.Text, out var entry) ? entry.Position : int.MaxValue;

    /// <summary>The first document of the input, which carries batch-end failures that name no document.</summary>
    public ReportDocument? First => _positions.IsEmpty ? null : _positions.Values.MinBy(p => p.Position).Document;
}
