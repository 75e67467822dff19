using System.Collections.Immutable;
using ReviewLint.Configuration;
using ReviewLint.Diagnostics;
using ReviewLint.Syntax;
using ReviewLint.Text;
using ReviewLint.Tokenization;

namespace ReviewLint.Analysis;

/// <summary>What a document action sees: the document, its shared tokens, the rule options, and a way to report.</summary>
public class DocumentAnalysisContext
{
    private readonly DocumentState _state;
    private readonly AnalyzerRun _run;

    internal DocumentAnalysisContext(DocumentState state, AnalyzerRun run)
    {
        _state = state;
        _run = run;
    }

    public ReportDocument Document => _state.Document;
    public SourceText Text => _state.Document.Text;
    public ReportSyntax Syntax => _state.Document.Syntax;
    public DocumentFacts Facts => _state.Document.Facts;
    public CancellationToken CancellationToken => _state.CancellationToken;

    /// <summary>The document's tokens, computed once on first use and shared by every analyzer.</summary>
    public TokenList Tokens => _state.Tokens;

    /// <summary>The tokenizer, for dictionary questions (<see cref="ITokenizer.IsWord"/>); never re-tokenize the document.</summary>
    public ITokenizer Tokenizer => _state.Tokenizer;

    public RuleOptions Options => _state.Options;

    /// <summary>Reports a diagnostic at <paramref name="span"/> with the descriptor's message formatted with <paramref name="messageArgs"/>.</summary>
    public void Report(DiagnosticDescriptor descriptor, TextSpan span, Fix? fix = null, params object?[] messageArgs)
    {
        _run.Check(Document, descriptor, span);
        ReportDiagnostic(Diagnostic.Create(descriptor, Location.Create(Document, span), fix, messageArgs));
    }

    public void ReportDiagnostic(Diagnostic diagnostic) => _run.Report(Document, diagnostic);
}

/// <summary>A document action's context narrowed to one section.</summary>
public sealed class SectionAnalysisContext : DocumentAnalysisContext
{
    internal SectionAnalysisContext(DocumentState state, AnalyzerRun run, Section section) : base(state, run) => Section = section;

    public Section Section { get; }
}

/// <summary>A document action's context narrowed to one sentence, with that sentence's tokens.</summary>
public sealed class SentenceAnalysisContext : DocumentAnalysisContext
{
    internal SentenceAnalysisContext(DocumentState state, AnalyzerRun run, Sentence sentence) : base(state, run) => Sentence = sentence;

    public Sentence Sentence { get; }
    public string SentenceText => Text.ToString(Sentence.Span);
    public ReadOnlySpan<Token> SentenceTokens => Tokens.In(Sentence.Span);
}
