using ReviewLint.Diagnostics;

namespace ReviewLint.Analysis;

/// <summary>Descriptors the engine itself reports (RL0xxx).</summary>
public static class EngineDiagnostics
{
    public static readonly DiagnosticDescriptor AnalyzerException = new(
        "RL0001", "analyzer-exception", "分析器运行出错",
        "分析器 {0} 运行出错，其检查结果不完整：{1}", DiagnosticCategory.Engine, DiagnosticSeverity.Warning);
}
