using System.Runtime.CompilerServices;

namespace ReviewLint.Analysis;

/// <summary>One batch's shared state: the batch-start contexts, the analyzers whose batch start failed, and where each document sits in the input.</summary>
/// <remarks>The engine keeps no document of a streamed batch alive: positions are attached weakly to each document's text, so
/// a document (its text, parse and tokens) is released as soon as its result is yielded, unless a batch analyzer chose to
/// keep what it needs for its batch-end action (its text, say: a batch-end report must name a document of the batch).</remarks>
internal sealed class BatchRun
{
    private readonly ConditionalWeakTable<Text.SourceText, StrongBox<int>> _positions = [];
    private ReportDocument? _first;

    public Dictionary<RegisteredAnalyzer, BatchStartAnalysisContext> Contexts { get; } = [];
    public Dictionary<RegisteredAnalyzer, Exception> StartFailures { get; } = [];

    /// <summary>Findings of paragraph actions on paragraphs seen earlier in the batch; null when caching is off or no analyzer
    /// registered a paragraph action.</summary>
    public ParagraphFindingsCache? ParagraphCache { get; set; }

    /// <summary>Documents are remembered only when some analyzer has a batch-end action that may report on them.</summary>
    public bool TracksDocuments { get; set; }

    public void Add(ReportDocument document, int position)
    {
        if (!TracksDocuments) return;
        _positions.TryAdd(document.Text, new StrongBox<int>(position));
        // Only the first document is kept, without its parse: it carries batch-end failures that name no document.
        if (position == 0) _first = ReportDocument.Create(document.Path, document.Text, document.FactsOverride);
    }

    /// <summary>True when the document's text is a batch document's text: analyzers may rebuild a document from its text.</summary>
    public bool Contains(ReportDocument document) => _positions.TryGetValue(document.Text, out _);

    public int PositionOf(ReportDocument document) => _positions.TryGetValue(document.Text, out var position) ? position.Value : int.MaxValue;

    /// <summary>The first document of the input, which carries batch-end failures that name no document.</summary>
    public ReportDocument? First => _first;
}
