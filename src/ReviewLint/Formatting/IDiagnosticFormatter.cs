namespace ReviewLint.Formatting;

/// <summary>Writes a <see cref="LintReport"/> in one output format.</summary>
public interface IDiagnosticFormatter
{
    void Write(LintReport report, TextWriter writer);
}

/// <summary>The built-in formatters by name: text, json, sarif, github, html.</summary>
public static class DiagnosticFormatters
{
    public static readonly IReadOnlyList<string> Names = ["text", "json", "sarif", "github", "html"];

    /// <summary>The formatter called <paramref name="name"/>, or null; <paramref name="color"/> only affects text.</summary>
    public static IDiagnosticFormatter? Create(string name, bool color = false) => name.ToLowerInvariant() switch
    {
        "text" => new TextFormatter { Color = color },
        "json" => new JsonFormatter(),
        "sarif" => new SarifFormatter(),
        "github" => new GitHubFormatter(),
        "html" => new HtmlFormatter(),
        _ => null,
    };

    /// <summary>error, warning or info: the severity as written in reports and configuration.</summary>
    public static string SeverityName(Diagnostics.DiagnosticSeverity severity) => severity switch
    {
        Diagnostics.DiagnosticSeverity.Error => "error",
        Diagnostics.DiagnosticSeverity.Warning => "warning",
        _ => "info",
    };
}
