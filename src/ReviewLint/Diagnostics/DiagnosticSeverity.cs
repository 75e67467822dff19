namespace ReviewLint.Diagnostics;

/// <summary>How serious a diagnostic is; the order matters (Info &lt; Warning &lt; Error).</summary>
public enum DiagnosticSeverity
{
    Info = 1,
    Warning = 2,
    Error = 3,
}
