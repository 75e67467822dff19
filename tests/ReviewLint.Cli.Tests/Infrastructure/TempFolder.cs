using System.Text;

namespace ReviewLint.Cli.Tests.Infrastructure;

/// <summary>A fresh folder under the system temp folder for one test, deleted afterwards.</summary>
public sealed class TempFolder : IDisposable
{
    public TempFolder()
    {
        Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "reviewlint-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Path);
    }

    public string Path { get; }

    public string File(string relative) => System.IO.Path.Combine(Path, relative);

    /// <summary>Writes text in the given encoding (UTF-8 without BOM by default) and returns the full path.</summary>
    public string Write(string relative, string text, Encoding? encoding = null, bool bom = false)
    {
        encoding ??= new UTF8Encoding(false);
        byte[] bytes = (bom ? Encodings.Bom(encoding) : []).Concat(encoding.GetBytes(text)).ToArray();
        return WriteBytes(relative, bytes);
    }

    public string WriteBytes(string relative, byte[] bytes)
    {
        string path = File(relative);
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(path)!);
        System.IO.File.WriteAllBytes(path, bytes);
        return path;
    }

    /// <summary>Writes a reviewlint.json at the folder's root that turns off every built-in rule except <paramref name="keep"/>,
    /// so a test sees only the findings it is about, whatever other rules are merged later.</summary>
    public TempFolder OnlyRules(params string[] keep)
    {
        var off = BuiltInRules.All.Where(id => !keep.Contains(id)).Select(id => $"\"{id}\": \"off\"");
        Write("reviewlint.json", $"{{ \"rules\": {{ {string.Join(", ", off)} }} }}");
        return this;
    }

    public Task<CliResult> RunAsync(params string[] args) => CliProcess.RunAsync(Path, args);

    public Task<CliResult> RunWithInputAsync(byte[] stdin, params string[] args) => CliProcess.RunAsync(Path, stdin, args);

    public void Dispose()
    {
        try
        {
            Directory.Delete(Path, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}
