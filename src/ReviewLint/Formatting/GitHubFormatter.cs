using ReviewLint.Diagnostics;

namespace ReviewLint.Formatting;

/// <summary>GitHub Actions workflow commands (<c>::warning file=…,line=…,col=…::message</c>), which become annotations on the run
/// and on pull requests; info findings become notices. A plain summary line follows.</summary>
public sealed class GitHubFormatter : IDiagnosticFormatter
{
    public void Write(LintReport report, TextWriter writer)
    {
        foreach (var file in report.Files)
        {
            string path = EscapeProperty(file.Path.Replace('\\', '/'));
            foreach (var diagnostic in file.Result.Diagnostics)
            {
                var (start, end) = (diagnostic.Location.LineSpan.Start, diagnostic.Location.LineSpan.End);
                string command = diagnostic.Severity switch
                {
                    DiagnosticSeverity.Error => "error",
                    DiagnosticSeverity.Warning => "warning",
                    _ => "notice",
                };
                string title = EscapeProperty($"{diagnostic.Id} {diagnostic.Descriptor.Name}");
                writer.WriteLine($"::{command} file={path},line={start.Line + 1},col={start.Character + 1},endLine={end.Line + 1},endColumn={end.Character + 1},title={title}::{EscapeData(diagnostic.Message)}");
            }
        }
        writer.WriteLine(TextFormatter.SummaryLine(report.Summary));
    }

    /// <summary>Escapes a command's message: %, CR and LF.</summary>
    public static string EscapeData(string value) => value.Replace("%", "%25").Replace("\r", "%0D").Replace("\n", "%0A");

    /// <summary>Escapes a command property: as data, plus ':' and ','.</summary>
    public static string EscapeProperty(string value) => EscapeData(value).Replace(":", "%3A").Replace(",", "%2C");
}
