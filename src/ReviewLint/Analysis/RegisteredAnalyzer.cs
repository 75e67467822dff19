using System.Collections.Frozen;
using ReviewLint.Configuration;

namespace ReviewLint.Analysis;

/// <summary>An analyzer after its one-time initialization: its declared descriptors and registered actions.</summary>
internal sealed class RegisteredAnalyzer
{
    public RegisteredAnalyzer(DiagnosticAnalyzer analyzer)
    {
        Analyzer = analyzer;
        Declared = analyzer.SupportedDiagnostics.Append(EngineDiagnostics.AnalyzerException).ToFrozenSet();
        Actions = new AnalysisContext();
        analyzer.Initialize(Actions);
    }

    public DiagnosticAnalyzer Analyzer { get; }
    public FrozenSet<Diagnostics.DiagnosticDescriptor> Declared { get; }
    public AnalysisContext Actions { get; }

    public bool IsEnabled(RuleOptions options) => Analyzer.SupportedDiagnostics.Any(options.IsEnabled);
}
