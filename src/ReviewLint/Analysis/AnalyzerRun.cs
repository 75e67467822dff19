using System.Collections.Frozen;
using ReviewLint.Diagnostics;
using ReviewLint.Text;

namespace ReviewLint.Analysis;

/// <summary>Collects one analyzer's diagnostics, rejecting undeclared descriptors and spans outside the document.</summary>
internal sealed class AnalyzerRun(DiagnosticAnalyzer analyzer, FrozenSet<DiagnosticDescriptor> declared)
{
    private readonly Lock _gate = new();

    public DiagnosticAnalyzer Analyzer { get; } = analyzer;
    public List<Diagnostic> Diagnostics { get; } = [];

    public void Report(ReportDocument document, Diagnostic diagnostic)
    {
        ArgumentNullException.ThrowIfNull(diagnostic);
        Check(document, diagnostic.Descriptor, diagnostic.Location.Span);
        if (diagnostic.Location.Path != document.Path)
            throw new InvalidOperationException(
                $"分析器 {Analyzer.Name} 报告的位置属于 {diagnostic.Location.Path}，不是正在分析的文档 {document.Path}。");
        foreach (var change in diagnostic.Fix?.Changes ?? [])
            if (change.Span.End > document.Text.Length)
                throw new ArgumentOutOfRangeException(nameof(diagnostic),
                    $"分析器 {Analyzer.Name} 为 {diagnostic.Id} 给出的修复位置 {change.Span} 不在文档 {document.Path}（长度 {document.Text.Length}）之内。");
        lock (_gate) Diagnostics.Add(diagnostic);
    }

    /// <summary>Rejects a descriptor the analyzer did not declare and a span that does not lie inside the document.</summary>
    public void Check(ReportDocument document, DiagnosticDescriptor descriptor, TextSpan span)
    {
        ArgumentNullException.ThrowIfNull(descriptor);
        if (!declared.Contains(descriptor))
            throw new InvalidOperationException($"分析器 {Analyzer.Name} 报告了未在 SupportedDiagnostics 中声明的规则 {descriptor.Id}。");
        if (span.End > document.Text.Length)
            throw new ArgumentOutOfRangeException(nameof(span),
                $"分析器 {Analyzer.Name} 报告的 {descriptor.Id} 位置 {span} 不在文档 {document.Path}（长度 {document.Text.Length}）之内。");
    }
}
