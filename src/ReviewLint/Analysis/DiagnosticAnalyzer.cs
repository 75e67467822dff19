using System.Collections.Immutable;
using ReviewLint.Diagnostics;

namespace ReviewLint.Analysis;

/// <summary>A stateless rule: declares the descriptors it reports and registers actions on the document model.</summary>
public abstract class DiagnosticAnalyzer
{
    public abstract ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; }

    public abstract void Initialize(AnalysisContext context);

    /// <summary>The name shown in timings and in RL0001 crash reports.</summary>
    public virtual string Name => GetType().Name;

    public override string ToString() => Name;
}
