using System.Diagnostics;
using System.IO.Compression;
using System.Security.Cryptography;
using System.Text.RegularExpressions;
using ReviewLint.Cli.Tests.Infrastructure;

namespace ReviewLint.Cli.Tests;

/// <summary>Packs a copy of the repository, installs the reviewlint tool from the packed folder and runs it, and builds and runs
/// the README's library example against the packed ReviewLint package. Takes a minute or two, so it runs in CI (CI=true, as
/// .ci/run has it) or when REVIEWLINT_PACKAGING_TESTS=1, and is skipped otherwise.</summary>
public partial class PackagingTests
{
    [PackagingFact]
    public async Task Packed_tool_and_library_work_from_a_local_folder()
    {
        using var work = new TempFolder();
        string source = Path.Combine(work.Path, "repo"), packages = Path.Combine(work.Path, "packages");
        CopyRepository(CliProcess.RepositoryRoot, source);
        string version = CliVersion();

        await Run(source, "dotnet", "pack", "ReviewLint.sln", "-c", "Release", "-o", packages);
        Assert.Equal(["ReviewLint.0.1.0.nupkg", "ReviewLint.Cli.0.1.0.nupkg", "ReviewLint.Testing.0.1.0.nupkg"],
            Directory.GetFiles(packages, "*.nupkg").Select(Path.GetFileName).Order(StringComparer.Ordinal).Select(n => n!.Replace(version, "0.1.0")));
        string library = Path.Combine(packages, $"ReviewLint.{version}.nupkg");
        using (var zip = ZipFile.OpenRead(library))
        {
            var entries = zip.Entries.Select(e => e.FullName).ToHashSet();
            Assert.Contains("lib/net10.0/ReviewLint.dll", entries);
            Assert.Contains("lib/net10.0/ReviewLint.Analyzers.dll", entries);
            Assert.Contains("README.md", entries);
        }

        // The tool, installed from the local folder only, run on a sample written here.
        string tools = Path.Combine(work.Path, "tools"), cache = Path.Combine(work.Path, "nuget-cache");
        await Run(work.Path, "dotnet", "tool", "install", "--tool-path", tools, "--add-source", packages, "ReviewLint.Cli", "--version", version);
        string reviewlint = Path.Combine(tools, OperatingSystem.IsWindows() ? "reviewlint.exe" : "reviewlint");
        Assert.Equal(version, (await Run(work.Path, reviewlint, "--version")).Stdout.Trim());
        work.Write("sample/材料.txt", Samples.WithDefects);
        var check = await Run(work.Path, reviewlint, ["check", "-f", "json", "sample"], allowExitCodes: [0, 1]);
        Assert.Contains("\"encoding\": \"utf-8\"", check.Stdout);
        if (BuiltInRules.Has("RL3001")) Assert.Contains("\"RL3001\"", check.Stdout);

        // A fresh console app with only the ReviewLint package, running the README example verbatim.
        string consumer = Path.Combine(work.Path, "consumer");
        Directory.CreateDirectory(consumer);
        File.WriteAllText(Path.Combine(consumer, "Consumer.csproj"), $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <OutputType>Exe</OutputType>
                <TargetFramework>net10.0</TargetFramework>
                <ImplicitUsings>enable</ImplicitUsings>
                <Nullable>enable</Nullable>
                <ManagePackageVersionsCentrally>false</ManagePackageVersionsCentrally>
              </PropertyGroup>
              <ItemGroup>
                <PackageReference Include="ReviewLint" Version="{version}" />
              </ItemGroup>
            </Project>
            """);
        File.WriteAllText(Path.Combine(consumer, "Program.cs"), ReadmeLibraryExample());
        // Packages other than ours come from the machine's package folder (no download); ours only from the packed folder,
        // restored into a fresh folder so that no older ReviewLint 0.1.0 can stand in for it.
        File.WriteAllText(Path.Combine(consumer, "nuget.config"), $"""
            <?xml version="1.0" encoding="utf-8"?>
            <configuration>
              <config><add key="globalPackagesFolder" value="{cache}" /></config>
              <packageSources><add key="packed" value="{packages}" /></packageSources>
              <fallbackPackageFolders><add key="machine" value="{MachinePackageFolder()}" /></fallbackPackageFolders>
            </configuration>
            """);
        await Run(consumer, "dotnet", "build", "-c", "Release", "-o", Path.Combine(consumer, "out"));
        string analyzers = Path.Combine(consumer, "out", "ReviewLint.Analyzers.dll");
        Assert.True(File.Exists(analyzers), "ReviewLint.Analyzers.dll did not reach the consumer's output.");
        using (var zip = ZipFile.OpenRead(library))
            Assert.Equal(Hash(zip.GetEntry("lib/net10.0/ReviewLint.dll")!.Open()), Hash(File.OpenRead(Path.Combine(consumer, "out", "ReviewLint.dll"))));
        var example = await Run(consumer, "dotnet", Path.Combine(consumer, "out", "Consumer.dll"));
        if (BuiltInRules.Has("RL3001")) Assert.Contains("RL3001", example.Stdout);
    }

    /// <summary>The first C# block under "## Using the library" in the README.</summary>
    private static string ReadmeLibraryExample()
    {
        string readme = File.ReadAllText(Path.Combine(CliProcess.RepositoryRoot, "README.md"));
        string section = readme[readme.IndexOf("## Using the library", StringComparison.Ordinal)..];
        return ReadmeCode().Match(section) is { Success: true } match ? match.Groups[1].Value : throw new InvalidOperationException("No C# block in README.");
    }

    private static void CopyRepository(string from, string to)
    {
        string[] skipped = ["bin", "obj", ".git", "TestResults", "artifacts", "BenchmarkDotNet.Artifacts"];
        foreach (var directory in Directory.EnumerateDirectories(from))
            if (!skipped.Contains(Path.GetFileName(directory))) CopyRepository(directory, Path.Combine(to, Path.GetFileName(directory)));
        Directory.CreateDirectory(to);
        foreach (var file in Directory.EnumerateFiles(from)) File.Copy(file, Path.Combine(to, Path.GetFileName(file)));
    }

    private static string MachinePackageFolder() =>
        Environment.GetEnvironmentVariable("NUGET_PACKAGES") is { Length: > 0 } folder ? folder
            : Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".nuget", "packages");

    private static string CliVersion() => typeof(PackagingTests).Assembly.GetName().Version is { } v ? $"{v.Major}.{v.Minor}.{v.Build}" : "0.1.0";

    private static string Hash(Stream stream)
    {
        using (stream) return Convert.ToHexString(SHA256.HashData(stream));
    }

    private static async Task<CliResult> Run(string directory, string program, string[] args, int[]? allowExitCodes = null)
    {
        var start = new ProcessStartInfo(program) { WorkingDirectory = directory, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var arg in args) start.ArgumentList.Add(arg);
        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["DOTNET_NOLOGO"] = "1";
        start.Environment["MSBUILDDISABLENODEREUSE"] = "1";
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var cancel = new CancellationTokenSource(TimeSpan.FromMinutes(10));
        await process.WaitForExitAsync(cancel.Token);
        var result = new CliResult(process.ExitCode, await stdout, await stderr);
        Assert.True((allowExitCodes ?? [0]).Contains(result.ExitCode), $"{program} {string.Join(' ', args)}{Environment.NewLine}{result}");
        return result;
    }

    private static Task<CliResult> Run(string directory, string program, params string[] args) => Run(directory, program, args, null);

    [GeneratedRegex("```csharp\\n(.*?)```", RegexOptions.Singleline)]
    private static partial Regex ReadmeCode();
}

/// <summary>Runs in CI (CI=true) or with REVIEWLINT_PACKAGING_TESTS=1; skipped otherwise, because packing takes a minute or two.</summary>
public sealed class PackagingFactAttribute : FactAttribute
{
    public PackagingFactAttribute()
    {
        bool enabled = string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase) ||
                       Environment.GetEnvironmentVariable("REVIEWLINT_PACKAGING_TESTS") == "1";
        if (!enabled) Skip = "packs the solution (a minute or two): runs when CI=true or REVIEWLINT_PACKAGING_TESTS=1";
    }
}
