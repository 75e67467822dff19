using System.Collections.Frozen;
using ReviewLint.Configuration;

namespace ReviewLint.Analysis;

/// <summary>An analyzer after its one-time initialization: its declared descriptors and registered actions, or the exception it threw.</summary>
internal sealed class RegisteredAnalyzer
{
    public RegisteredAnalyzer(DiagnosticAnalyzer analyzer)
    {
        Analyzer = analyzer;
        Declared = analyzer.SupportedDiagnostics.Append(EngineDiagnostics.AnalyzerException).ToFrozenSet();
        Actions = new AnalysisContext();
        try
        {
            analyzer.Initialize(Actions);
        }
        catch (Exception exception)
        {
            InitializationError = exception;
            Actions = new AnalysisContext();
        }
    }

    public DiagnosticAnalyzer Analyzer { get; }
    public FrozenSet<Diagnostics.DiagnosticDescriptor> Declared { get; }
    public AnalysisContext Actions { get; }

    /// <summary>What <see cref="DiagnosticAnalyzer.Initialize"/> threw; the analyzer then reports only RL0001.</summary>
    public Exception? InitializationError { get; }

    public bool IsEnabled(RuleOptions options) => Analyzer.SupportedDiagnostics.Any(options.IsEnabled);
}
