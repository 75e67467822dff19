using ReviewLint.Syntax;

namespace ReviewLint.Analysis;

/// <summary>A registered paragraph action: the input it declares it depends on besides the paragraph text and the options, and the action.</summary>
internal abstract class ParagraphAction
{
    /// <summary>The declared input for one paragraph of a document; part of the cache key, so it must compare by value (null for none).</summary>
    public abstract object? DeclareInput(DocumentAnalysisContext document, Paragraph paragraph);

    public abstract void Invoke(ParagraphAnalysisContext context, object? input);
}

/// <summary>A paragraph action that depends on nothing but the paragraph text and the options.</summary>
internal sealed class TextOnlyParagraphAction(Action<ParagraphAnalysisContext> action) : ParagraphAction
{
    public override object? DeclareInput(DocumentAnalysisContext document, Paragraph paragraph) => null;

    public override void Invoke(ParagraphAnalysisContext context, object? input) => action(context);
}

/// <summary>A paragraph action that also depends on a value it derives from the document (a fact, say) before the cache is consulted.</summary>
internal sealed class ParagraphAction<TInput>(Func<DocumentAnalysisContext, Paragraph, TInput> declare, Action<ParagraphAnalysisContext, TInput> action)
    : ParagraphAction
{
    public override object? DeclareInput(DocumentAnalysisContext document, Paragraph paragraph) => declare(document, paragraph);

    public override void Invoke(ParagraphAnalysisContext context, object? input) => action(context, (TInput)input!);
}
