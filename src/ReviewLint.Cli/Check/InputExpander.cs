using Microsoft.Extensions.FileSystemGlobbing;
using Microsoft.Extensions.FileSystemGlobbing.Abstractions;
using ReviewLint.Documents;
using ReviewLint.Formatting;

namespace ReviewLint.Cli.Check;

/// <summary>One input to check: a file path as shown to people, or standard input.</summary>
internal sealed record Input(string Path, bool IsStandardInput = false);

/// <summary>Turns the command line's paths into inputs: files as given, directories searched recursively for .txt, .md and .docx
/// (hidden folders and Word lock files skipped), glob patterns with <c>*</c> and <c>**</c>, and <c>-</c> for standard input.
/// A directory or pattern that yields nothing is an input error; a missing file is left for the reader to report.</summary>
internal static class InputExpander
{
    public const string StandardInputName = "<stdin>";

    public static (List<Input> Inputs, List<InputError> Errors) Expand(IEnumerable<string> arguments, string? stdinFileName)
    {
        var inputs = new List<Input>();
        var errors = new List<InputError>();
        var seen = new HashSet<string>(OperatingSystem.IsWindows() ? StringComparer.OrdinalIgnoreCase : StringComparer.Ordinal);
        void Add(string path)
        {
            if (seen.Add(Path.GetFullPath(path))) inputs.Add(new Input(path));
        }

        foreach (string argument in arguments)
        {
            if (argument == "-")
            {
                if (inputs.Any(i => i.IsStandardInput)) throw new CommandLine.UsageException("标准输入“-”只能出现一次。");
                inputs.Add(new Input(stdinFileName ?? StandardInputName, IsStandardInput: true));
            }
            else if (argument.Contains('*'))
            {
                var matches = Glob(argument);
                if (matches.Count == 0) errors.Add(new InputError(argument, $"{argument}：没有与之匹配的文件。"));
                matches.ForEach(Add);
            }
            else if (Directory.Exists(argument))
            {
                var files = Directory.EnumerateFiles(argument, "*", new EnumerationOptions { RecurseSubdirectories = true, IgnoreInaccessible = true })
                    .Where(f => DocumentKinds.IsReportFile(f) && !InSkippedFolder(argument, f)).Order(StringComparer.Ordinal).ToList();
                if (files.Count == 0) errors.Add(new InputError(argument, $"{argument}：目录中没有 .txt、.md 或 .docx 文件。"));
                files.ForEach(Add);
            }
            else
            {
                Add(argument);
            }
        }
        return (inputs, errors);
    }

    /// <summary>Folders a directory walk never enters: build output, dependencies and hidden folders (.git).</summary>
    private static bool InSkippedFolder(string root, string file) =>
        Path.GetRelativePath(root, Path.GetDirectoryName(file) ?? root).Split(Path.DirectorySeparatorChar)
            .Any(folder => folder is "bin" or "obj" or "node_modules" || folder.Length > 1 && folder[0] == '.' && folder != "..");

    /// <summary>Files matching a pattern such as <c>reports/**/*.txt</c>: the part before the first wildcard segment is the base folder.</summary>
    private static List<string> Glob(string pattern)
    {
        var segments = pattern.Replace('\\', '/').Split('/');
        int firstWild = Array.FindIndex(segments, s => s.Contains('*'));
        string baseDirectory = string.Join('/', segments[..firstWild]);
        if (firstWild > 0 && baseDirectory.Length == 0) baseDirectory = "/";
        string relative = string.Join('/', segments[firstWild..]);
        string root = baseDirectory.Length == 0 ? "." : baseDirectory;
        if (!Directory.Exists(root)) return [];
        var matcher = new Matcher(OperatingSystem.IsWindows() ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal);
        matcher.AddInclude(relative);
        return [.. matcher.Execute(new DirectoryInfoWrapper(new DirectoryInfo(root))).Files
            .Select(f => baseDirectory.Length == 0 ? f.Path : Path.Combine(baseDirectory, f.Path))
            .Where(p => !Path.GetFileName(p).StartsWith("~$", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)];
    }
}
