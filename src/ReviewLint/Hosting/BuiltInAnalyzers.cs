using System.Reflection;
using ReviewLint.Analysis;

namespace ReviewLint.Hosting;

/// <summary>Finds the built-in analyzers in the ReviewLint.Analyzers assembly shipped beside this one.</summary>
public static class BuiltInAnalyzers
{
    public const string AssemblyName = "ReviewLint.Analyzers";

    /// <summary>New instances of every public analyzer in ReviewLint.Analyzers, ordered by type name; empty when that assembly is absent.</summary>
    public static IReadOnlyList<DiagnosticAnalyzer> Create()
    {
        Assembly assembly;
        try
        {
            assembly = Assembly.Load(new AssemblyName(AssemblyName));
        }
        catch (FileNotFoundException)
        {
            return [];
        }
        return FromAssembly(assembly);
    }

    public static IReadOnlyList<DiagnosticAnalyzer> FromAssembly(Assembly assembly) =>
        [.. assembly.GetExportedTypes()
            .Where(t => t is { IsClass: true, IsAbstract: false } && typeof(DiagnosticAnalyzer).IsAssignableFrom(t) && t.GetConstructor(Type.EmptyTypes) is not null)
            .OrderBy(t => t.FullName, StringComparer.Ordinal)
            .Select(t => (DiagnosticAnalyzer)Activator.CreateInstance(t)!)];
}
