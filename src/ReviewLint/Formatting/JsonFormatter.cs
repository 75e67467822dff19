using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using ReviewLint.Diagnostics;

namespace ReviewLint.Formatting;

/// <summary>The stable JSON contract (documented in the README):
/// <c>{"tool":{"name","version"},"files":[{"path","encoding","diagnostics":[{"id","name","category","severity","message","line","column",
/// "endLine","endColumn","offset","length","fix"}]}],"summary":{…}}</c>. Offsets and lengths are UTF-16 code units into the decoded text
/// (for .docx, the extracted text); lines and columns are 1-based, the end being just past the flagged text.</summary>
public sealed class JsonFormatter : IDiagnosticFormatter
{
    private static readonly JsonWriterOptions Options = new() { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public void Write(LintReport report, TextWriter writer)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, Options))
        {
            json.WriteStartObject();
            json.WriteStartObject("tool");
            json.WriteString("name", report.Tool.Name);
            json.WriteString("version", report.Tool.Version);
            json.WriteEndObject();
            json.WriteStartArray("files");
            foreach (var file in report.Files) WriteFile(json, file);
            json.WriteEndArray();
            WriteSummary(json, report.Summary);
            json.WriteEndObject();
        }
        writer.WriteLine(Encoding.UTF8.GetString(buffer.ToArray()));
    }

    private static void WriteFile(Utf8JsonWriter json, FileReport file)
    {
        json.WriteStartObject();
        json.WriteString("path", file.Path);
        json.WriteString("encoding", file.Encoding);
        json.WriteStartArray("diagnostics");
        foreach (var diagnostic in file.Result.Diagnostics) WriteDiagnostic(json, diagnostic);
        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static void WriteDiagnostic(Utf8JsonWriter json, Diagnostic diagnostic)
    {
        var (start, end) = (diagnostic.Location.LineSpan.Start, diagnostic.Location.LineSpan.End);
        json.WriteStartObject();
        json.WriteString("id", diagnostic.Id);
        json.WriteString("name", diagnostic.Descriptor.Name);
        json.WriteString("category", diagnostic.Descriptor.Category);
        json.WriteString("severity", DiagnosticFormatters.SeverityName(diagnostic.Severity));
        json.WriteString("message", diagnostic.Message);
        json.WriteNumber("line", start.Line + 1);
        json.WriteNumber("column", start.Character + 1);
        json.WriteNumber("endLine", end.Line + 1);
        json.WriteNumber("endColumn", end.Character + 1);
        json.WriteNumber("offset", diagnostic.Location.Span.Start);
        json.WriteNumber("length", diagnostic.Location.Span.Length);
        if (diagnostic.Fix is { } fix)
        {
            json.WriteStartObject("fix");
            json.WriteBoolean("safe", fix.IsSafe);
            json.WriteStartArray("changes");
            foreach (var change in fix.Changes)
            {
                json.WriteStartObject();
                json.WriteNumber("offset", change.Span.Start);
                json.WriteNumber("length", change.Span.Length);
                json.WriteString("newText", change.NewText);
                json.WriteEndObject();
            }
            json.WriteEndArray();
            json.WriteEndObject();
        }
        else
        {
            json.WriteNull("fix");
        }
        json.WriteEndObject();
    }

    private static void WriteSummary(Utf8JsonWriter json, ReportSummary summary)
    {
        json.WriteStartObject("summary");
        json.WriteNumber("files", summary.Files);
        json.WriteNumber("unreadable", summary.Unreadable);
        json.WriteNumber("diagnostics", summary.Diagnostics);
        json.WriteNumber("errors", summary.Errors);
        json.WriteNumber("warnings", summary.Warnings);
        json.WriteNumber("infos", summary.Infos);
        json.WriteNumber("suppressed", summary.Suppressed);
        json.WriteNumber("fixable", summary.Fixable);
        json.WriteEndObject();
    }
}
