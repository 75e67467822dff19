using System.Runtime;

namespace ReviewLint.Benchmarks;

/// <summary>
/// Runs an operation until tiered compilation has caught up with it. On both cores a fixed count of warm-up runs is not
/// enough: the JIT's background thread competes with two busy workers for two cores, and a 300-report pass kept compiling
/// 100–300 methods a pass (about 100 ms of CPU a pass taken from the workers) for 30–50 passes, so the measured iterations
/// ran 20–60 % slower than the settled code, with most of the spread. Compilation comes in waves (with dynamic PGO a method
/// is compiled quick, then instrumented after 30 calls, then optimized after 30 more, and a method called once per batch
/// counts one call a batch), so a few quiet runs do not prove it is over: at least <c>minRuns</c> runs, then
/// <see cref="QuietRuns"/> in a row that each compile fewer than <see cref="QuietMethods"/> methods.
/// </summary>
public static class JitWarmUp
{
    /// <summary>A run that compiles fewer methods than this counts as quiet (a few late callees, OSR, rare paths).</summary>
    public const int QuietMethods = 10;

    /// <summary>Runs on one thread before the quiet ones count: past the 60 calls that take a method called once per batch to
    /// its optimized code (where the JIT has a core to itself, so the waves pass quickly).</summary>
    public const int MinSingleThreadRuns = 65;

    /// <summary>Quiet runs in a row that end the warm-up.</summary>
    public const int QuietRuns = 5;

    /// <summary>Runs <paramref name="operation"/> at least <paramref name="minRuns"/> times and until <see cref="QuietRuns"/>
    /// runs in a row are quiet, at most <paramref name="maxRuns"/> times; returns the number of runs.</summary>
    public static int UntilQuiet(Action operation, int minRuns, int maxRuns)
    {
        int quiet = 0, runs = 0;
        while (runs < maxRuns && (runs < minRuns || quiet < QuietRuns))
        {
            long before = JitInfo.GetCompiledMethodCount();
            operation();
            runs++;
            quiet = JitInfo.GetCompiledMethodCount() - before < QuietMethods ? quiet + 1 : 0;
        }
        return runs;
    }
}
