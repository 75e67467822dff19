using System.Runtime;

namespace ReviewLint.Benchmarks;

/// <summary>
/// Runs an operation until tiered compilation has caught up with it: until a run compiles fewer than <see cref="QuietMethods"/>
/// methods (<see cref="JitInfo.GetCompiledMethodCount"/>), at most <paramref name="maxRuns"/> times. On both cores a fixed count
/// of warm-up runs is not enough: the JIT's background thread competes with two busy workers for two cores, and a 300-report
/// pass kept compiling 100–300 methods a pass (taking 100 ms of CPU a pass from the workers) for 30–50 passes, so the measured
/// iterations ran 20–60 % slower than the settled code, with most of the spread. On one thread it settles in about 10 passes.
/// </summary>
public static class JitWarmUp
{
    /// <summary>A run that compiles fewer methods than this counts as settled (a few late callees, OSR, lambdas of rare paths).</summary>
    public const int QuietMethods = 10;

    /// <summary>Runs <paramref name="operation"/> until three runs in a row are quiet; returns the number of runs.</summary>
    public static int UntilQuiet(Action operation, int maxRuns)
    {
        int quiet = 0, runs = 0;
        while (runs < maxRuns && quiet < 3)
        {
            long before = JitInfo.GetCompiledMethodCount();
            operation();
            runs++;
            quiet = JitInfo.GetCompiledMethodCount() - before < QuietMethods ? quiet + 1 : 0;
        }
        return runs;
    }
}
