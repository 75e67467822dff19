using System.Collections.Immutable;
using ReviewLint.Configuration;
using ReviewLint.Diagnostics;
using ReviewLint.Text;
using ReviewLint.Tokenization;

namespace ReviewLint.Analysis;

/// <summary>
/// What a paragraph action sees: one paragraph's text and tokens, the options, and a way to report, all in paragraph-relative
/// positions (0 is the paragraph's first character). Its findings must depend only on these and on the input its registration
/// declared: the engine replays them for every later copy of the same paragraph text instead of running the action again.
/// </summary>
public sealed class ParagraphAnalysisContext
{
    private readonly DocumentState _state;
    private readonly AnalyzerRun _run;
    private readonly Syntax.Paragraph _paragraph;
    private List<ParagraphFinding>? _found;

    internal ParagraphAnalysisContext(DocumentState state, AnalyzerRun run, Syntax.Paragraph paragraph)
    {
        _state = state;
        _run = run;
        _paragraph = paragraph;
    }

    /// <summary>The paragraph's text (one non-blank line, without indentation and line break).</summary>
    public string Text => _state.TextOf(_paragraph);

    /// <summary>The paragraph's text without making a string of it (for a quick look before any work).</summary>
    public ReadOnlySpan<char> AsSpan() => _state.Document.Text.AsSpan(Span);

    /// <summary>Where the paragraph lies in its document. Findings must not depend on it: they are replayed at other offsets.</summary>
    public TextSpan Span => _paragraph.Span;

    /// <summary>The paragraph's tokens with paragraph-relative spans, a view over the document's shared tokens (never copied nor re-tokenized).</summary>
    public TokenList Tokens => _state.TokensOf(_paragraph);

    /// <summary>The tokenizer, for dictionary questions (<see cref="ITokenizer.IsWord"/>); never re-tokenize the paragraph.</summary>
    public ITokenizer Tokenizer => _state.Tokenizer;

    public RuleOptions Options => _state.Options;
    public CancellationToken CancellationToken => _state.CancellationToken;

    /// <summary>What was reported, in paragraph-relative positions, in the order reported.</summary>
    internal IReadOnlyList<ParagraphFinding> Found => (IReadOnlyList<ParagraphFinding>?)_found ?? [];

    /// <summary>Reports at the paragraph-relative <paramref name="span"/> with the descriptor's message and default severity.</summary>
    public void Report(DiagnosticDescriptor descriptor, TextSpan span, Fix? fix = null, params object?[] messageArgs)
    {
        ArgumentNullException.ThrowIfNull(descriptor);
        ReportDiagnostic(descriptor, span, descriptor.FormatMessage(messageArgs), descriptor.DefaultSeverity, fix);
    }

    /// <summary>Reports at the paragraph-relative <paramref name="span"/> with a message, severity and properties of the analyzer's choosing.</summary>
    public void ReportDiagnostic(DiagnosticDescriptor descriptor, TextSpan span, string message, DiagnosticSeverity severity, Fix? fix = null,
        ImmutableDictionary<string, string>? properties = null)
    {
        ArgumentNullException.ThrowIfNull(descriptor);
        ArgumentNullException.ThrowIfNull(message);
        CheckInside(descriptor, span, "位置");
        foreach (var change in fix?.Changes ?? []) CheckInside(descriptor, change.Span, "修复位置");
        var finding = new ParagraphFinding(descriptor, span, message, severity, fix, properties ?? ImmutableDictionary<string, string>.Empty);
        _run.Report(_state.Document, finding.At(_state.Document, Span.Start));
        (_found ??= []).Add(finding);
    }

    private void CheckInside(DiagnosticDescriptor descriptor, TextSpan span, string what)
    {
        if (span.End > Span.Length)
            throw new ArgumentOutOfRangeException(nameof(span),
                $"分析器 {_run.Analyzer.Name} 为 {descriptor.Id} 给出的段内{what} {span} 不在段落（长度 {Span.Length}）之内。");
    }
}

/// <summary>One finding of a paragraph action in paragraph-relative positions: what the cache stores and replays.</summary>
internal sealed record ParagraphFinding(DiagnosticDescriptor Descriptor, TextSpan Span, string Message, DiagnosticSeverity Severity, Fix? Fix,
    ImmutableDictionary<string, string> Properties)
{
    /// <summary>The diagnostic for a copy of the paragraph starting at <paramref name="offset"/> in <paramref name="document"/>.</summary>
    public Diagnostic At(ReportDocument document, int offset) =>
        new(Descriptor, Location.Create(document, Shift(Span, offset)), Message, Severity, Shift(Fix, offset), Properties);

    /// <summary>Approximate heap bytes held by this finding (for the cache budget).</summary>
    public long EstimatedBytes => 120 + 2L * Message.Length + (Fix is null ? 0 : 100 + 2L * Fix.Title.Length + Fix.Changes.Sum(c => 40 + 2L * c.NewText.Length));

    private static TextSpan Shift(TextSpan span, int offset) => new(span.Start + offset, span.Length);

    private static Fix? Shift(Fix? fix, int offset) =>
        fix is null || offset == 0 ? fix : fix with { Changes = [.. fix.Changes.Select(c => c with { Span = Shift(c.Span, offset) })] };
}
