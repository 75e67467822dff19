using System.Diagnostics;
using System.Text;

namespace ReviewLint.Cli.Tests.Infrastructure;

/// <summary>What one run of the reviewlint process produced.</summary>
public sealed record CliResult(int ExitCode, string Stdout, string Stderr)
{
    public override string ToString() => $"exit {ExitCode}{Environment.NewLine}stdout:{Environment.NewLine}{Stdout}{Environment.NewLine}stderr:{Environment.NewLine}{Stderr}";
}

/// <summary>Runs the real command as a process: <c>dotnet ReviewLint.Cli.dll …</c> from the CLI project's own build output.</summary>
public static class CliProcess
{
    private static readonly Lazy<string> Assembly = new(Locate);

    public static string RepositoryRoot { get; } = FindRepositoryRoot();

    public static Task<CliResult> RunAsync(string workingDirectory, params string[] args) => RunAsync(workingDirectory, null, args);

    public static async Task<CliResult> RunAsync(string workingDirectory, byte[]? stdin, params string[] args)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(Assembly.Value);
        foreach (var arg in args) start.ArgumentList.Add(arg);
        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment.Remove("NO_COLOR");
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (stdin is not null) await process.StandardInput.BaseStream.WriteAsync(stdin);
        process.StandardInput.Close();
        using var cancel = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        await process.WaitForExitAsync(cancel.Token);
        return new CliResult(process.ExitCode, await stdout, await stderr);
    }

    /// <summary>src/ReviewLint.Cli/bin/&lt;configuration&gt;/&lt;tfm&gt;/ReviewLint.Cli.dll for the configuration these tests were built in.</summary>
    private static string Locate()
    {
        var testOutput = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar));
        string framework = testOutput.Name, configuration = testOutput.Parent!.Name;
        string path = Path.Combine(RepositoryRoot, "src", "ReviewLint.Cli", "bin", configuration, framework, "ReviewLint.Cli.dll");
        return File.Exists(path) ? path : throw new FileNotFoundException($"The CLI is not built: {path}");
    }

    private static string FindRepositoryRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
            if (File.Exists(Path.Combine(directory.FullName, "ReviewLint.sln"))) return directory.FullName;
        throw new InvalidOperationException("ReviewLint.sln not found above the test output folder.");
    }
}
