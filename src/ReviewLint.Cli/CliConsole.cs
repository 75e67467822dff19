using System.Text;

namespace ReviewLint.Cli;

/// <summary>The process's standard streams as UTF-8 writers (no BOM), and whether each is a terminal.</summary>
internal sealed class CliConsole : IDisposable
{
    private static readonly UTF8Encoding Utf8 = new(false);

    public CliConsole()
    {
        Out = new StreamWriter(Console.OpenStandardOutput(), Utf8) { AutoFlush = false };
        Error = new StreamWriter(Console.OpenStandardError(), Utf8) { AutoFlush = true };
        OutIsTerminal = !Console.IsOutputRedirected;
        ErrorIsTerminal = !Console.IsErrorRedirected;
        ColorAllowed = string.IsNullOrEmpty(Environment.GetEnvironmentVariable("NO_COLOR")) && Environment.GetEnvironmentVariable("TERM") != "dumb";
    }

    public TextWriter Out { get; }
    public TextWriter Error { get; }
    public bool OutIsTerminal { get; }
    public bool ErrorIsTerminal { get; }

    /// <summary>False when NO_COLOR is set or TERM is dumb.</summary>
    public bool ColorAllowed { get; }

    public Stream OpenInput() => Console.OpenStandardInput();

    public void Dispose()
    {
        Out.Flush();
        Error.Flush();
    }
}
