namespace ReviewLint.Analyzers.Tests;

/// <summary>The repository's root folder, found by walking up from the test assembly to ReviewLint.sln.</summary>
internal static class RepositoryRoot
{
    private static readonly Lazy<string> Root = new(() =>
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
            if (File.Exists(System.IO.Path.Combine(directory.FullName, "ReviewLint.sln"))) return directory.FullName;
        throw new InvalidOperationException($"ReviewLint.sln not found above {AppContext.BaseDirectory}");
    });

    public static string Path => Root.Value;

    public static string Combine(params string[] parts) => System.IO.Path.Combine([Path, .. parts]);
}
