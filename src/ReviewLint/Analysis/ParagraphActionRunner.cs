namespace ReviewLint.Analysis;

/// <summary>Runs an analyzer's paragraph actions over a document, replaying cached findings for paragraphs the batch has seen before.</summary>
internal static class ParagraphActionRunner
{
    public static void Run(DocumentState state, DocumentAnalysisContext document, RegisteredAnalyzer registered, ParagraphFindingsCache? cache,
        AnalyzerRun run)
    {
        var actions = registered.Actions.ParagraphActions;
        string options = cache is null ? "" : state.Options.Fingerprint(registered.Declared);
        var text = state.Document.Text;
        foreach (var paragraph in state.Document.Syntax.Paragraphs)
        {
            state.CancellationToken.ThrowIfCancellationRequested();
            var content = text.AsSpan(paragraph.Span);
            bool cacheable = cache is not null && ParagraphFindingsCache.IsCacheable(content.Length);
            foreach (var action in actions)
            {
                object? input = action.DeclareInput(document, paragraph);
                int slot = cacheable ? cache!.Slot(action, options, input) : 0;
                if (cacheable && cache!.TryGet(slot, content, out var cached))
                {
                    foreach (var finding in cached) run.Report(state.Document, finding.At(state.Document, paragraph.Span.Start));
                    continue;
                }
                var context = new ParagraphAnalysisContext(state, run, paragraph);
                action.Invoke(context, input);
                if (cacheable && cache!.Admit(slot, content)) cache.Add(slot, context.Text, context.Found.Count == 0 ? [] : [.. context.Found]);
            }
        }
    }
}
