using System.Collections.Frozen;
using ReviewLint.Diagnostics;

namespace ReviewLint.Analysis;

/// <summary>Collects one analyzer's diagnostics, rejecting undeclared descriptors and spans outside the document.</summary>
internal sealed class AnalyzerRun(DiagnosticAnalyzer analyzer, FrozenSet<DiagnosticDescriptor> declared)
{
    private readonly Lock _gate = new();

    public DiagnosticAnalyzer Analyzer { get; } = analyzer;
    public List<Diagnostic> Diagnostics { get; } = [];

    public void Report(DocumentState state, Diagnostic diagnostic) => Report(state.Document, diagnostic);

    public void Report(ReportDocument document, Diagnostic diagnostic)
    {
        ArgumentNullException.ThrowIfNull(diagnostic);
        if (!declared.Contains(diagnostic.Descriptor))
            throw new InvalidOperationException($"分析器 {Analyzer.Name} 报告了未在 SupportedDiagnostics 中声明的规则 {diagnostic.Id}。");
        if (diagnostic.Location.Path != document.Path || diagnostic.Location.Span.End > document.Text.Length)
            throw new ArgumentOutOfRangeException(nameof(diagnostic),
                $"分析器 {Analyzer.Name} 报告的位置 {diagnostic.Location.Span} 不在文档 {document.Path}（长度 {document.Text.Length}）之内。");
        lock (_gate) Diagnostics.Add(diagnostic);
    }
}
