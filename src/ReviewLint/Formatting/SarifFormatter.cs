using System.Security.Cryptography;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using ReviewLint.Diagnostics;
using ReviewLint.Suppression;

namespace ReviewLint.Formatting;

/// <summary>SARIF 2.1.0 for GitHub code scanning and other viewers: rules from the descriptors, results with UTF-16 columns
/// (<c>columnKind: utf16CodeUnits</c>) and character offsets, position-independent <c>partialFingerprints</c>, fixes,
/// suppressed findings marked as such, and unreadable inputs as tool notifications.</summary>
public sealed class SarifFormatter : IDiagnosticFormatter
{
    public const string SchemaUri = "https://json.schemastore.org/sarif-2.1.0.json";
    public const string FingerprintKey = "reviewlint/v1";
    private const string SourceRoot = "%SRCROOT%";

    private static readonly JsonWriterOptions Options = new() { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>The folder relative paths are resolved against (<c>%SRCROOT%</c>); the current directory by default.</summary>
    public string BaseDirectory { get; init; } = Environment.CurrentDirectory;

    public void Write(LintReport report, TextWriter writer)
    {
        var ruleIndex = report.Rules.Select((rule, index) => (rule.Id, index)).ToDictionary(p => p.Id, p => p.index, StringComparer.Ordinal);
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, Options))
        {
            json.WriteStartObject();
            json.WriteString("$schema", SchemaUri);
            json.WriteString("version", "2.1.0");
            json.WriteStartArray("runs");
            json.WriteStartObject();
            WriteTool(json, report);
            WriteInvocation(json, report);
            json.WriteStartObject("originalUriBaseIds");
            json.WriteStartObject(SourceRoot);
            json.WriteString("uri", new Uri(Path.TrimEndingDirectorySeparator(Path.GetFullPath(BaseDirectory)) + Path.DirectorySeparatorChar).AbsoluteUri);
            json.WriteEndObject();
            json.WriteEndObject();
            WriteArtifacts(json, report);
            json.WriteStartArray("results");
            for (int i = 0; i < report.Files.Count; i++) WriteResults(json, report.Files[i], i, ruleIndex);
            json.WriteEndArray();
            json.WriteString("columnKind", "utf16CodeUnits");
            json.WriteEndObject();
            json.WriteEndArray();
            json.WriteEndObject();
        }
        writer.WriteLine(Encoding.UTF8.GetString(buffer.ToArray()));
    }

    private static void WriteTool(Utf8JsonWriter json, LintReport report)
    {
        json.WriteStartObject("tool");
        json.WriteStartObject("driver");
        json.WriteString("name", report.Tool.Name);
        json.WriteString("version", report.Tool.Version);
        json.WriteString("semanticVersion", report.Tool.Version.Split('+')[0]);
        if (IsAbsoluteUri(report.Tool.InformationUri)) json.WriteString("informationUri", report.Tool.InformationUri);
        json.WriteStartArray("rules");
        foreach (var rule in report.Rules) WriteRule(json, rule);
        json.WriteEndArray();
        json.WriteEndObject();
        json.WriteEndObject();
    }

    private static void WriteRule(Utf8JsonWriter json, DiagnosticDescriptor rule)
    {
        json.WriteStartObject();
        json.WriteString("id", rule.Id);
        json.WriteString("name", rule.Name);
        WriteText(json, "shortDescription", rule.Title);
        WriteText(json, "fullDescription", rule.Description);
        json.WriteStartObject("help");
        json.WriteString("text", $"{rule.Description} 说明见 {rule.HelpLink}。");
        json.WriteString("markdown", $"{rule.Description}\n\n说明见 [{rule.Id}]({rule.HelpLink})。");
        json.WriteEndObject();
        if (IsAbsoluteUri(rule.HelpLink)) json.WriteString("helpUri", rule.HelpLink);
        json.WriteStartObject("defaultConfiguration");
        json.WriteBoolean("enabled", rule.IsEnabledByDefault);
        json.WriteString("level", Level(rule.DefaultSeverity));
        json.WriteEndObject();
        json.WriteStartObject("properties");
        json.WriteString("category", rule.Category);
        json.WriteBoolean("fixable", rule.IsFixable);
        json.WriteStartArray("tags");
        json.WriteStringValue(rule.Category.ToLowerInvariant());
        json.WriteEndArray();
        json.WriteEndObject();
        json.WriteEndObject();
    }

    private static void WriteInvocation(Utf8JsonWriter json, LintReport report)
    {
        json.WriteStartArray("invocations");
        json.WriteStartObject();
        json.WriteBoolean("executionSuccessful", report.InputErrors.Count == 0);
        json.WriteStartArray("toolExecutionNotifications");
        foreach (var error in report.InputErrors)
        {
            json.WriteStartObject();
            json.WriteString("level", "error");
            WriteText(json, "message", error.Message);
            json.WriteStartArray("locations");
            json.WriteStartObject();
            json.WriteStartObject("physicalLocation");
            WriteArtifactLocation(json, error.Path, null);
            json.WriteEndObject();
            json.WriteEndObject();
            json.WriteEndArray();
            json.WriteEndObject();
        }
        json.WriteEndArray();
        json.WriteEndObject();
        json.WriteEndArray();
    }

    private static void WriteArtifacts(Utf8JsonWriter json, LintReport report)
    {
        json.WriteStartArray("artifacts");
        foreach (var file in report.Files)
        {
            json.WriteStartObject();
            json.WriteStartObject("location");
            WriteUri(json, file.Path);
            json.WriteEndObject();
            if (file.Encoding == "docx")
                json.WriteString("mimeType", "application/vnd.openxmlformats-officedocument.wordprocessingml.document");
            else
                json.WriteString("encoding", file.Encoding switch
                {
                    "utf-16le" => "UTF-16LE",
                    "utf-16be" => "UTF-16BE",
                    "gb18030" => "GB18030",
                    _ => "UTF-8",
                });
            json.WriteEndObject();
        }
        json.WriteEndArray();
    }

    private static void WriteResults(Utf8JsonWriter json, FileReport file, int artifactIndex, Dictionary<string, int> ruleIndex)
    {
        var occurrences = new Dictionary<string, int>(StringComparer.Ordinal);
        var all = file.Result.Diagnostics.Select(d => (Diagnostic: d, Suppression: (SuppressedDiagnostic?)null))
            .Concat(file.Result.Suppressed.Select(s => (s.Diagnostic, (SuppressedDiagnostic?)s)))
            .OrderBy(p => p.Diagnostic.Location.Span.Start).ThenBy(p => p.Diagnostic.Id, StringComparer.Ordinal);
        foreach (var (diagnostic, suppression) in all)
        {
            string key = diagnostic.Id + "\u0000" + Baseline.TextKey(file.Result.Document, diagnostic);
            int occurrence = occurrences[key] = occurrences.GetValueOrDefault(key) + 1;
            var span = diagnostic.Location.Span;
            var (start, end) = (diagnostic.Location.LineSpan.Start, diagnostic.Location.LineSpan.End);

            json.WriteStartObject();
            json.WriteString("ruleId", diagnostic.Id);
            if (ruleIndex.TryGetValue(diagnostic.Id, out int index)) json.WriteNumber("ruleIndex", index);
            json.WriteString("level", Level(diagnostic.Severity));
            WriteText(json, "message", diagnostic.Message);
            json.WriteStartArray("locations");
            json.WriteStartObject();
            json.WriteStartObject("physicalLocation");
            WriteArtifactLocation(json, file.Path, artifactIndex);
            json.WriteStartObject("region");
            json.WriteNumber("startLine", start.Line + 1);
            json.WriteNumber("startColumn", start.Character + 1);
            json.WriteNumber("endLine", end.Line + 1);
            json.WriteNumber("endColumn", end.Character + 1);
            json.WriteNumber("charOffset", span.Start);
            json.WriteNumber("charLength", span.Length);
            json.WriteEndObject();
            json.WriteEndObject();
            json.WriteEndObject();
            json.WriteEndArray();
            json.WriteStartObject("partialFingerprints");
            json.WriteString(FingerprintKey, $"{Hash(key)}:{occurrence}");
            json.WriteEndObject();
            if (suppression is not null) WriteSuppression(json, suppression);
            if (diagnostic.Fix is { } fix && file.Encoding != "docx") WriteFix(json, fix, file.Path, artifactIndex);
            json.WriteEndObject();
        }
    }

    private static void WriteSuppression(Utf8JsonWriter json, SuppressedDiagnostic suppression)
    {
        json.WriteStartArray("suppressions");
        json.WriteStartObject();
        json.WriteString("kind", suppression.Kind == Baseline.SuppressionKind ? "external" : "inSource");
        if (suppression.Justification is { } justification) json.WriteString("justification", justification);
        json.WriteEndObject();
        json.WriteEndArray();
    }

    private static void WriteFix(Utf8JsonWriter json, Fix fix, string path, int artifactIndex)
    {
        json.WriteStartArray("fixes");
        json.WriteStartObject();
        WriteText(json, "description", fix.Title);
        json.WriteStartArray("artifactChanges");
        json.WriteStartObject();
        WriteArtifactLocation(json, path, artifactIndex);
        json.WriteStartArray("replacements");
        foreach (var change in fix.Changes)
        {
            json.WriteStartObject();
            json.WriteStartObject("deletedRegion");
            json.WriteNumber("charOffset", change.Span.Start);
            json.WriteNumber("charLength", change.Span.Length);
            json.WriteEndObject();
            json.WriteStartObject("insertedContent");
            json.WriteString("text", change.NewText);
            json.WriteEndObject();
            json.WriteEndObject();
        }
        json.WriteEndArray();
        json.WriteEndObject();
        json.WriteEndArray();
        json.WriteStartObject("properties");
        json.WriteBoolean("safe", fix.IsSafe);
        json.WriteEndObject();
        json.WriteEndObject();
        json.WriteEndArray();
    }

    private static void WriteArtifactLocation(Utf8JsonWriter json, string path, int? index)
    {
        json.WriteStartObject("artifactLocation");
        WriteUri(json, path);
        if (index is { } i) json.WriteNumber("index", i);
        json.WriteEndObject();
    }

    /// <summary>A rooted path becomes a file URI; a relative one a percent-encoded relative reference against %SRCROOT%.</summary>
    private static void WriteUri(Utf8JsonWriter json, string path)
    {
        if (Path.IsPathRooted(path))
        {
            json.WriteString("uri", new Uri(Path.GetFullPath(path)).AbsoluteUri);
            return;
        }
        json.WriteString("uri", string.Join('/', path.Replace('\\', '/').Split('/').Select(Uri.EscapeDataString)));
        json.WriteString("uriBaseId", SourceRoot);
    }

    private static void WriteText(Utf8JsonWriter json, string property, string text)
    {
        json.WriteStartObject(property);
        json.WriteString("text", text);
        json.WriteEndObject();
    }

    private static string Level(DiagnosticSeverity severity) => severity switch
    {
        DiagnosticSeverity.Error => "error",
        DiagnosticSeverity.Warning => "warning",
        _ => "note",
    };

    private static string Hash(string key) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(key)))[..16];

    private static bool IsAbsoluteUri(string? value) => value is not null && Uri.TryCreate(value, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https";
}
