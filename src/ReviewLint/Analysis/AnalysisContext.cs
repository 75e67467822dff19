namespace ReviewLint.Analysis;

/// <summary>Collects an analyzer's registrations once, when the engine initializes it.</summary>
public sealed class AnalysisContext
{
    internal List<Action<DocumentAnalysisContext>> DocumentActions { get; } = [];
    internal List<Action<SectionAnalysisContext>> SectionActions { get; } = [];
    internal List<Action<SentenceAnalysisContext>> SentenceActions { get; } = [];
    internal List<Action<BatchStartAnalysisContext>> BatchStartActions { get; } = [];
    internal List<ParagraphAction> ParagraphActions { get; } = [];

    public void RegisterDocumentAction(Action<DocumentAnalysisContext> action) => DocumentActions.Add(action ?? throw new ArgumentNullException(nameof(action)));

    /// <summary>Runs for every section (heading and its content) at every level.</summary>
    public void RegisterSectionAction(Action<SectionAnalysisContext> action) => SectionActions.Add(action ?? throw new ArgumentNullException(nameof(action)));

    public void RegisterSentenceAction(Action<SentenceAnalysisContext> action) => SentenceActions.Add(action ?? throw new ArgumentNullException(nameof(action)));

    /// <summary>Runs for every paragraph, seeing only its text, its tokens and the options (paragraph-relative positions). Its
    /// findings must depend on nothing else: a paragraph repeated in the batch (template boilerplate) is analysed once or twice and
    /// its findings are replayed for the other copies.</summary>
    public void RegisterParagraphAction(Action<ParagraphAnalysisContext> action) =>
        ParagraphActions.Add(new TextOnlyParagraphAction(action ?? throw new ArgumentNullException(nameof(action))));

    /// <summary>Runs for every paragraph like <see cref="RegisterParagraphAction(Action{ParagraphAnalysisContext})"/>, and may also
    /// depend on what <paramref name="declareInput"/> derives from the document for that paragraph (a fact such as the genre,
    /// or whether the paragraph holds the unit name). The input is part of the cache key: it must be cheap to compute and compare
    /// by value (a string, a number, an enum, a tuple or record of them), and it should be the same for most paragraphs.</summary>
    public void RegisterParagraphAction<TInput>(Func<DocumentAnalysisContext, Syntax.Paragraph, TInput> declareInput,
        Action<ParagraphAnalysisContext, TInput> action) =>
        ParagraphActions.Add(new ParagraphAction<TInput>(declareInput ?? throw new ArgumentNullException(nameof(declareInput)),
            action ?? throw new ArgumentNullException(nameof(action))));

    /// <summary>Runs once per batch; per-batch state lives in the closure, and the end action sees every document. The state
    /// grows with the batch, so keep it compact (signatures, spans, the text at most; never parses or tokens).</summary>
    public void RegisterBatchStartAction(Action<BatchStartAnalysisContext> action) => BatchStartActions.Add(action ?? throw new ArgumentNullException(nameof(action)));
}
