using ReviewLint.Diagnostics;

namespace ReviewLint.Formatting;

/// <summary>Everything a formatter writes: the tool, the rules it knows, each checked file with its findings, and the inputs that could not be read.</summary>
public sealed record LintReport(ToolInfo Tool, IReadOnlyList<DiagnosticDescriptor> Rules, IReadOnlyList<FileReport> Files, IReadOnlyList<InputError> InputErrors)
{
    public ReportSummary Summary => ReportSummary.Of(this);
}

/// <summary>The tool's name and version, and optionally where to read about it (an absolute URI).</summary>
public sealed record ToolInfo(string Name, string Version, string? InformationUri = null);

/// <summary>One checked file: the path as shown to people, its encoding (utf-8, utf-8-bom, utf-16le, utf-16be, gb18030 or docx) and its result.</summary>
public sealed record FileReport(string Path, string Encoding, DocumentResult Result);

/// <summary>An input that could not be checked (missing, unreadable, empty, binary, too large, …) and why.</summary>
public sealed record InputError(string Path, string Message);

/// <summary>Counts over a report: files checked and unreadable, unsuppressed findings by severity, suppressed and safely fixable findings.</summary>
public sealed record ReportSummary(int Files, int Unreadable, int Errors, int Warnings, int Infos, int Suppressed, int Fixable)
{
    public int Diagnostics => Errors + Warnings + Infos;

    public static ReportSummary Of(LintReport report)
    {
        var diagnostics = report.Files.SelectMany(f => f.Result.Diagnostics).ToList();
        return new ReportSummary(
            report.Files.Count,
            report.InputErrors.Count,
            diagnostics.Count(d => d.Severity == DiagnosticSeverity.Error),
            diagnostics.Count(d => d.Severity == DiagnosticSeverity.Warning),
            diagnostics.Count(d => d.Severity == DiagnosticSeverity.Info),
            report.Files.Sum(f => f.Result.Suppressed.Length),
            diagnostics.Count(Fixing.SafeFixes.IsSafelyFixable));
    }
}
