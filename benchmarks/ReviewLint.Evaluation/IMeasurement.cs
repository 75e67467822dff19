namespace ReviewLint.Evaluation;

/// <summary>One measurement the evaluation tool can run, chosen by its name on the command line.</summary>
public interface IMeasurement
{
    /// <summary>The command-line name, e.g. "clean".</summary>
    string Name { get; }

    /// <summary>Arguments and what is measured, shown by the usage text.</summary>
    string Usage { get; }

    /// <summary>Runs the measurement, writes its report to standard output and returns the process exit code.</summary>
    Task<int> RunAsync(IReadOnlyList<string> arguments);
}
