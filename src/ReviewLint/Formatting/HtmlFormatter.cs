using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using ReviewLint.Diagnostics;

namespace ReviewLint.Formatting;

/// <summary>One self-contained HTML page (inline CSS, SVG and script; nothing loaded from the network): a summary with counts, a chart of
/// findings by rule and severity and a sortable table of documents, filters by rule and severity, then each document's text with its
/// findings highlighted (see <see cref="HtmlHighlighter"/>). Document bodies are kept as pre-rendered fragments in one
/// <c>&lt;script type="application/json" id="rl-data"&gt;</c> block and put into the page only when a document is opened and scrolled
/// into view, so a report of a thousand documents stays quick.</summary>
public sealed class HtmlFormatter : IDiagnosticFormatter
{
    /// <summary>Reports with at most this many documents open every document at load; larger ones start folded.</summary>
    public int OpenDocumentsUpTo { get; init; } = 20;

    private static readonly JsonWriterOptions JsonOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public void Write(LintReport report, TextWriter writer)
    {
        var summary = report.Summary;
        var html = new StringBuilder();
        html.Append("<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head>\n<meta charset=\"utf-8\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
            .Append("<title>ReviewLint 检查报告</title>\n<style>\n").Append(HtmlAssets.Stylesheet).Append("</style>\n</head>\n<body>\n");
        html.Append("<header>\n<h1>ReviewLint 检查报告</h1>\n<p class=\"rl-muted\">");
        HtmlHighlighter.Escape(html, $"{report.Tool.Name} {report.Tool.Version} · {TextFormatter.SummaryLine(summary)}");
        html.Append("</p>\n</header>\n<main>\n<section aria-labelledby=\"rl-summary\">\n<h2 id=\"rl-summary\">概览</h2>\n");
        WriteCards(html, summary);
        WriteChart(html, report);
        WriteInputErrors(html, report.InputErrors);
        WriteTable(html, report.Files);
        html.Append("</section>\n");
        WriteFilters(html, report);
        WriteDocuments(html, report.Files);
        html.Append("</main>\n<noscript><p>此报告需要启用 JavaScript 才能显示材料正文与标注。</p></noscript>\n");
        WriteData(html, report.Files);
        html.Append("<script>\n").Append(HtmlAssets.Script).Append("</script>\n</body>\n</html>\n");
        writer.Write(html.ToString());
    }

    private static void WriteCards(StringBuilder html, ReportSummary summary)
    {
        html.Append("<div class=\"rl-cards\">");
        Card(html, "", "检查文件", summary.Files);
        Card(html, " rl-error", "错误", summary.Errors);
        Card(html, " rl-warning", "警告", summary.Warnings);
        Card(html, " rl-info", "提示", summary.Infos);
        Card(html, "", "可自动修复", summary.Fixable);
        if (summary.Suppressed > 0) Card(html, "", "已抑制", summary.Suppressed);
        if (summary.Unreadable > 0) Card(html, " rl-error", "无法检查", summary.Unreadable);
        html.Append("</div>\n");
    }

    private static void Card(StringBuilder html, string cssClass, string label, int value) =>
        html.Append("<div class=\"rl-card").Append(cssClass).Append("\"><b>").Append(value).Append("</b>").Append(label).Append("</div>");

    private static readonly DiagnosticSeverity[] Severities = [DiagnosticSeverity.Error, DiagnosticSeverity.Warning, DiagnosticSeverity.Info];

    private static void WriteChart(StringBuilder html, LintReport report)
    {
        var rules = report.Files.SelectMany(f => f.Result.Diagnostics)
            .GroupBy(d => d.Id, StringComparer.Ordinal)
            .Select(g => (Id: g.Key, Name: g.First().Descriptor.Name, Title: g.First().Descriptor.Title,
                Counts: Severities.Select(s => g.Count(d => d.Severity == s)).ToArray(), Total: g.Count()))
            .OrderByDescending(r => r.Total).ThenBy(r => r.Id, StringComparer.Ordinal).ToList();
        html.Append("<h3>按规则与级别统计</h3>\n");
        if (rules.Count == 0)
        {
            html.Append("<p>未发现问题。</p>\n");
            return;
        }
        const int labelWidth = 300, barWidth = 460, row = 26, width = labelWidth + barWidth + 60;
        int max = rules.Max(r => r.Total), height = rules.Count * row + 34;
        html.Append("<svg class=\"rl-chart\" role=\"img\" aria-labelledby=\"rl-chart-title\" width=\"").Append(width)
            .Append("\" height=\"").Append(height).Append("\" viewBox=\"0 0 ").Append(width).Append(' ').Append(height).Append("\">")
            .Append("<title id=\"rl-chart-title\">各规则发现的问题数（按级别分色）</title>");
        for (int i = 0; i < rules.Count; i++)
        {
            var rule = rules[i];
            int y = 8 + i * row;
            html.Append("<text x=\"").Append(labelWidth - 8).Append("\" y=\"").Append(y + 16).Append("\" text-anchor=\"end\" font-size=\"13\">");
            HtmlHighlighter.Escape(html, $"{rule.Id} {rule.Title}");
            html.Append("</text>");
            double x = labelWidth;
            for (int s = 0; s < Severities.Length; s++)
            {
                if (rule.Counts[s] == 0) continue;
                double w = Math.Max(2, (double)rule.Counts[s] / max * barWidth);
                string severity = DiagnosticFormatters.SeverityName(Severities[s]);
                html.Append("<rect class=\"rl-").Append(severity).Append("\" x=\"").Append(Number(x)).Append("\" y=\"").Append(y + 3)
                    .Append("\" width=\"").Append(Number(w)).Append("\" height=\"18\"><title>");
                HtmlHighlighter.Escape(html, $"{rule.Id} {rule.Name}：{HtmlHighlighter.SeverityLabel(Severities[s])} {rule.Counts[s]} 处");
                html.Append("</title></rect>");
                x += w;
            }
            html.Append("<text x=\"").Append(Number(x + 6)).Append("\" y=\"").Append(y + 16).Append("\" font-size=\"13\">").Append(rule.Total).Append("</text>");
        }
        int legendY = rules.Count * row + 22, legendX = labelWidth;
        foreach (var severity in Severities)
        {
            html.Append("<rect class=\"rl-").Append(DiagnosticFormatters.SeverityName(severity)).Append("\" x=\"").Append(legendX).Append("\" y=\"")
                .Append(legendY - 10).Append("\" width=\"12\" height=\"12\"/><text x=\"").Append(legendX + 16).Append("\" y=\"").Append(legendY)
                .Append("\" font-size=\"12\">").Append(HtmlHighlighter.SeverityLabel(severity)).Append("</text>");
            legendX += 70;
        }
        html.Append("</svg>\n");
    }

    private static string Number(double value) => value.ToString("0.#", CultureInfo.InvariantCulture);

    private static void WriteInputErrors(StringBuilder html, IReadOnlyList<InputError> errors)
    {
        if (errors.Count == 0) return;
        html.Append("<h3>无法检查的输入</h3>\n<ul class=\"rl-errors\">");
        foreach (var error in errors)
        {
            html.Append("<li>");
            HtmlHighlighter.Escape(html, error.Message.StartsWith(error.Path, StringComparison.Ordinal) ? error.Message : $"{error.Path}：{error.Message}");
            html.Append("</li>");
        }
        html.Append("</ul>\n");
    }

    private static void WriteTable(StringBuilder html, IReadOnlyList<FileReport> files)
    {
        html.Append("<h3>材料列表</h3>\n");
        if (files.Count == 0)
        {
            html.Append("<p>没有检查任何材料。</p>\n");
            return;
        }
        html.Append("<table class=\"rl-docs\"><thead><tr><th scope=\"col\"><button type=\"button\">材料</button></th>")
            .Append("<th scope=\"col\" data-num><button type=\"button\">错误</button></th><th scope=\"col\" data-num><button type=\"button\">警告</button></th>")
            .Append("<th scope=\"col\" data-num><button type=\"button\">提示</button></th><th scope=\"col\" data-num><button type=\"button\">合计</button></th></tr></thead><tbody>\n");
        for (int i = 0; i < files.Count; i++)
        {
            var diagnostics = files[i].Result.Diagnostics;
            html.Append("<tr data-i=\"").Append(i).Append("\"><td><a href=\"#doc-").Append(i).Append("\">");
            HtmlHighlighter.Escape(html, files[i].Path);
            html.Append("</a></td>");
            foreach (var severity in Severities) html.Append("<td class=\"n\">").Append(diagnostics.Count(d => d.Severity == severity)).Append("</td>");
            html.Append("<td class=\"n\">").Append(diagnostics.Length).Append("</td></tr>\n");
        }
        html.Append("</tbody></table>\n");
    }

    private static void WriteFilters(StringBuilder html, LintReport report) =>
        html.Append(Filters(report.Files.SelectMany(f => f.Result.Diagnostics).ToList(), withExpandButton: true));

    /// <summary>The filter bar: one checkbox per severity and per rule found (the inline script hides unchecked findings), and
    /// optionally the button that opens every document.</summary>
    public static string Filters(IReadOnlyList<Diagnostic> diagnostics, bool withExpandButton = false)
    {
        var html = new StringBuilder();
        html.Append("<div class=\"rl-filters\" role=\"region\" aria-label=\"筛选\">\n");
        html.Append("<fieldset><legend>级别</legend>");
        foreach (var severity in Severities)
        {
            string name = DiagnosticFormatters.SeverityName(severity);
            html.Append("<label><input type=\"checkbox\" checked data-filter=\"").Append(name).Append("\"> ").Append(HtmlHighlighter.SeverityLabel(severity))
                .Append("（").Append(diagnostics.Count(d => d.Severity == severity)).Append("）</label>");
        }
        html.Append("</fieldset>\n<fieldset><legend>规则</legend>");
        foreach (var rule in diagnostics.GroupBy(d => d.Id, StringComparer.Ordinal).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            html.Append("<label title=\"");
            HtmlHighlighter.Escape(html, rule.First().Descriptor.Title);
            html.Append("\"><input type=\"checkbox\" checked data-filter=\"").Append(rule.Key).Append("\"> ").Append(rule.Key).Append('（').Append(rule.Count()).Append("）</label>");
        }
        html.Append("</fieldset>\n");
        if (withExpandButton) html.Append("<button type=\"button\" id=\"rl-expand\" aria-pressed=\"false\">全部展开</button>\n");
        html.Append("</div>\n");
        return html.ToString();
    }

    private void WriteDocuments(StringBuilder html, IReadOnlyList<FileReport> files)
    {
        html.Append("<h2>材料正文</h2>\n");
        bool open = files.Count <= OpenDocumentsUpTo;
        for (int i = 0; i < files.Count; i++)
        {
            html.Append("<section class=\"rl-doc\" id=\"doc-").Append(i).Append("\"><details").Append(open ? " open" : "").Append("><summary>");
            HtmlHighlighter.Escape(html, files[i].Path);
            html.Append(" <span class=\"rl-muted\">（").Append(files[i].Result.Diagnostics.Length).Append(" 处）</span></summary>")
                .Append("<div class=\"rl-body\" data-i=\"").Append(i).Append("\"></div></details></section>\n");
        }
    }

    /// <summary>The pre-rendered body of each document as a JSON array of strings; "&lt;/" is written "&lt;\/" so no text can end the script element.</summary>
    private static void WriteData(StringBuilder html, IReadOnlyList<FileReport> files)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, JsonOptions))
        {
            json.WriteStartArray();
            for (int i = 0; i < files.Count; i++)
                json.WriteStringValue(HtmlHighlighter.Render(files[i].Result.Document.Text.Content, files[i].Result.Diagnostics, $"d{i}-"));
            json.WriteEndArray();
        }
        string data = Encoding.UTF8.GetString(buffer.ToArray()).Replace("</", "<\\/", StringComparison.Ordinal).Replace("<!--", "<\\u0021--", StringComparison.Ordinal);
        html.Append("<script type=\"application/json\" id=\"rl-data\">").Append(data).Append("</script>\n");
    }
}
