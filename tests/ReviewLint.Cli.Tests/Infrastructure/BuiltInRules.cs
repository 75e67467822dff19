using ReviewLint.Hosting;

namespace ReviewLint.Cli.Tests.Infrastructure;

/// <summary>Which built-in rules this build of ReviewLint.Analyzers has. The built-in analyzers are written on other branches;
/// tests that need their findings are skipped (with the reason shown) until they are merged.</summary>
public static class BuiltInRules
{
    private static readonly Lazy<HashSet<string>> Ids = new(() =>
        BuiltInAnalyzers.Create().SelectMany(a => a.SupportedDiagnostics).Select(d => d.Id).ToHashSet(StringComparer.Ordinal));

    /// <summary>The ids of every built-in rule (the engine's RL0001 excluded).</summary>
    public static IReadOnlyCollection<string> All => Ids.Value;

    public static bool Has(params string[] ids) => ids.All(Ids.Value.Contains);

    public static string? SkipReason(string[] ids) =>
        Has(ids) ? null : $"needs the built-in rules {string.Join(", ", ids)} (ReviewLint.Analyzers on another branch); runs once they are merged";
}

/// <summary>A fact that needs the named built-in rules; skipped with the reason when this build lacks them.</summary>
public sealed class FactNeedingRulesAttribute : FactAttribute
{
    public FactNeedingRulesAttribute(params string[] ids) => Skip = BuiltInRules.SkipReason(ids);
}

/// <summary>A theory that needs the named built-in rules; skipped with the reason when this build lacks them.</summary>
public sealed class TheoryNeedingRulesAttribute : TheoryAttribute
{
    public TheoryNeedingRulesAttribute(params string[] ids) => Skip = BuiltInRules.SkipReason(ids);
}
