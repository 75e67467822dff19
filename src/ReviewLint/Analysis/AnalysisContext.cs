namespace ReviewLint.Analysis;

/// <summary>Collects an analyzer's registrations once, when the engine initializes it.</summary>
public sealed class AnalysisContext
{
    internal List<Action<DocumentAnalysisContext>> DocumentActions { get; } = [];
    internal List<Action<SectionAnalysisContext>> SectionActions { get; } = [];
    internal List<Action<SentenceAnalysisContext>> SentenceActions { get; } = [];
    internal List<Action<BatchStartAnalysisContext>> BatchStartActions { get; } = [];

    public void RegisterDocumentAction(Action<DocumentAnalysisContext> action) => DocumentActions.Add(action ?? throw new ArgumentNullException(nameof(action)));

    /// <summary>Runs for every section (heading and its content) at every level.</summary>
    public void RegisterSectionAction(Action<SectionAnalysisContext> action) => SectionActions.Add(action ?? throw new ArgumentNullException(nameof(action)));

    public void RegisterSentenceAction(Action<SentenceAnalysisContext> action) => SentenceActions.Add(action ?? throw new ArgumentNullException(nameof(action)));

    /// <summary>Runs once per batch; per-batch state lives in the closure, and the end action sees every document. The state
    /// grows with the batch, so keep it compact (signatures, spans, the text at most; never parses or tokens).</summary>
    public void RegisterBatchStartAction(Action<BatchStartAnalysisContext> action) => BatchStartActions.Add(action ?? throw new ArgumentNullException(nameof(action)));
}
