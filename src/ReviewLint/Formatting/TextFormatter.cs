using ReviewLint.Diagnostics;

namespace ReviewLint.Formatting;

/// <summary>One line per finding in the MSBuild form editors and CI problem matchers read,
/// <c>path(line,col): severity RL####: message</c>, then a one-line summary.</summary>
public sealed class TextFormatter : IDiagnosticFormatter
{
    /// <summary>Colours the severity with ANSI escapes (for a terminal).</summary>
    public bool Color { get; init; }

    /// <summary>Leaves out the summary line.</summary>
    public bool OmitSummary { get; init; }

    public void Write(LintReport report, TextWriter writer)
    {
        foreach (var file in report.Files)
            foreach (var diagnostic in file.Result.Diagnostics)
            {
                var start = diagnostic.Location.LineSpan.Start;
                writer.WriteLine($"{file.Path}({start.Line + 1},{start.Character + 1}): {Severity(diagnostic.Severity)} {diagnostic.Id}: {diagnostic.Message}");
            }
        if (!OmitSummary) writer.WriteLine(SummaryLine(report.Summary));
    }

    /// <summary>共检查 N 个文件：… in one line.</summary>
    public static string SummaryLine(ReportSummary summary)
    {
        string files = $"共检查 {summary.Files} 个文件";
        string found = summary.Diagnostics == 0
            ? "，未发现问题"
            : $"：{summary.Errors} 个错误，{summary.Warnings} 个警告，{summary.Infos} 个提示";
        var notes = new List<string>();
        if (summary.Fixable > 0) notes.Add($"{summary.Fixable} 处可自动修复");
        if (summary.Suppressed > 0) notes.Add($"{summary.Suppressed} 条已抑制");
        if (summary.Unreadable > 0) notes.Add($"{summary.Unreadable} 个输入无法检查");
        return files + found + (notes.Count > 0 ? "；" + string.Join("，", notes) : "") + "。";
    }

    private string Severity(DiagnosticSeverity severity)
    {
        string name = DiagnosticFormatters.SeverityName(severity);
        if (!Color) return name;
        string code = severity switch
        {
            DiagnosticSeverity.Error => "31",
            DiagnosticSeverity.Warning => "33",
            _ => "36",
        };
        return $"\e[{code}m{name}\e[0m";
    }
}
