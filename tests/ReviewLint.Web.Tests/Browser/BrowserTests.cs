using System.Text.Json.Nodes;
using ReviewLint.Diagnostics;
using ReviewLint.Formatting;
using ReviewLint.Text;

namespace ReviewLint.Web.Tests.Browser;

/// <summary>The HTML report and the web page in headless Chromium: highlights on the right text, filters, sorting, lazy documents,
/// tooltips on focus, and the error shown for a binary upload. Screenshots are saved for people to look at.</summary>
public class BrowserTests
{
    private static readonly DiagnosticDescriptor Repeated = new("RL9101", "test-repeated", "测试重复", "“{0}”重复。", DiagnosticCategory.Repetition,
        DiagnosticSeverity.Warning, isFixable: true);

    private static readonly DiagnosticDescriptor Wording = new("RL9102", "test-wording", "测试用词", "“{0}”用词不当 <b>&", DiagnosticCategory.Wording,
        DiagnosticSeverity.Error);

    private const string Text = "青山村党支部对照检查材料 <草稿> & “定稿”\r\n一、存在的问题\r\n我们还还要加强学习，制度钢性不足。\r\n𠮷字在前，问题在后。\n";

    private static Diagnostic At(ReportDocument document, DiagnosticDescriptor descriptor, string text, int length = -1, DiagnosticSeverity? severity = null)
    {
        int start = document.Text.Content.IndexOf(text, StringComparison.Ordinal);
        var span = new TextSpan(start, length < 0 ? text.Length : length);
        var diagnostic = Diagnostic.Create(descriptor, Location.Create(document, span), Fix.Replace(span, "改", isSafe: false), document.Text.ToString(span));
        return severity is { } s ? diagnostic with { Severity = s } : diagnostic;
    }

    /// <summary>30 documents (so they start folded); the first has nested and crossing findings, the 26th has the most.</summary>
    private static (LintReport Report, List<Diagnostic> First) Report()
    {
        var files = new List<FileReport>();
        List<Diagnostic> first = [];
        for (int i = 0; i < 30; i++)
        {
            var document = ReportDocument.FromText($"材料{i:00}.txt", Text);
            List<Diagnostic> diagnostics = i switch
            {
                0 => [At(document, Repeated, "还还"), At(document, Wording, "我们还还要加强学习", severity: DiagnosticSeverity.Error),
                      At(document, Wording, "钢性", severity: DiagnosticSeverity.Info), At(document, Repeated, "学习，制度"), At(document, Wording, "<草稿>")],
                25 => [.. Enumerable.Range(0, 6).Select(_ => At(document, Repeated, "还还")), At(document, Wording, "钢性")],
                _ => i % 3 == 0 ? [At(document, Repeated, "还还")] : [],
            };
            if (i == 0) first = diagnostics;
            files.Add(new FileReport(document.Path, "utf-8", new DocumentResult(document, [.. diagnostics], [])));
        }
        return (new LintReport(new ToolInfo("ReviewLint", "0.1.0"), [Repeated, Wording], files, []), first);
    }

    [ChromiumFact]
    public async Task Html_report_highlights_the_right_text_and_its_filters_sorting_and_lazy_documents_work()
    {
        var (report, first) = Report();
        string file = Path.Combine(Path.GetTempPath(), $"reviewlint-report-{Guid.NewGuid():N}.html");
        await using (var writer = new StreamWriter(file)) new HtmlFormatter().Write(report, writer);
        await using var browser = await Chromium.StartAsync();
        try
        {
            await browser.NavigateAsync(new Uri(file).AbsoluteUri);
            Assert.Equal(0, (await browser.EvaluateAsync("document.querySelectorAll('.rl-body[data-rendered]').length"))!.GetValue<int>());
            await browser.ScreenshotAsync("report-summary");

            // A link in the summary opens and renders that document only.
            await browser.EvaluateAsync("document.querySelector('a[href=\"#doc-0\"]').click()");
            await browser.WaitForAsync("document.querySelector('#doc-0 .rl-body[data-rendered]')");
            Assert.Equal(1, (await browser.EvaluateAsync("document.querySelectorAll('.rl-body[data-rendered]').length"))!.GetValue<int>());
            // The sticky filter bar does not cover the document's heading.
            Assert.True((await browser.EvaluateAsync(
                "document.querySelector('#doc-0 summary').getBoundingClientRect().top >= document.querySelector('.rl-filters').getBoundingClientRect().bottom"))!.GetValue<bool>());

            // The text reads back unchanged (CRLF becomes a line break), and each finding's marks hold exactly its text.
            Assert.Equal(Text.Replace("\r\n", "\n", StringComparison.Ordinal), (await browser.EvaluateAsync("document.querySelector('#doc-0 pre.rl-text').textContent"))!.GetValue<string>());
            var marked = (await browser.EvaluateAsync("""
                (() => { const texts = {}; document.querySelectorAll('#doc-0 mark[data-f]').forEach(m => {
                  const own = Array.from(m.childNodes).map(n => n.textContent).join(''); texts[m.dataset.f] = (texts[m.dataset.f] || '') + own; });
                  return texts; })()
                """))!.AsObject();
            for (int i = 0; i < first.Count; i++)
                Assert.Equal(Text.Substring(first[i].Location.Span.Start, first[i].Location.Span.Length), marked[i.ToString()]!.GetValue<string>());
            string focusedScreenshot = await FocusFirstMarkAsync(browser);
            Assert.NotEmpty(focusedScreenshot);

            // Unticking "warning" hides warning highlights and list items; errors stay highlighted.
            string background = "getComputedStyle(document.querySelector('#doc-0 mark.rl-{0}')).backgroundColor";
            string transparent = "rgba(0, 0, 0, 0)";
            Assert.NotEqual(transparent, (await browser.EvaluateAsync(string.Format(background, "warning")))!.GetValue<string>());
            await browser.EvaluateAsync("document.querySelector('.rl-filters input[data-filter=\"warning\"]').click()");
            Assert.Equal(transparent, (await browser.EvaluateAsync(string.Format(background, "warning")))!.GetValue<string>());
            Assert.NotEqual(transparent, (await browser.EvaluateAsync(string.Format(background, "error")))!.GetValue<string>());
            Assert.Equal("none", (await browser.EvaluateAsync("getComputedStyle(document.querySelector('#doc-0 li.rl-warning')).display"))!.GetValue<string>());
            // And a rule filter likewise.
            await browser.EvaluateAsync("document.querySelector('.rl-filters input[data-filter=\"RL9102\"]').click()");
            Assert.Equal(transparent, (await browser.EvaluateAsync(string.Format(background, "error")))!.GetValue<string>());
            Assert.True((await browser.EvaluateAsync("document.getElementById('rl-tip').hidden"))!.GetValue<bool>());
            await browser.EvaluateAsync("document.querySelector('#doc-0 mark.rl-error[tabindex]').focus()");
            Assert.True((await browser.EvaluateAsync("document.getElementById('rl-tip').hidden"))!.GetValue<bool>());
            await browser.ScreenshotAsync("report-filtered");

            // Sorting by the total puts the document with the most findings first.
            await browser.EvaluateAsync("document.querySelectorAll('table.rl-docs th button')[4].click()");
            Assert.Equal("材料25.txt", (await browser.EvaluateAsync("document.querySelector('table.rl-docs tbody tr td a').textContent"))!.GetValue<string>());
        }
        finally
        {
            File.Delete(file);
        }
    }

    private static async Task<string> FocusFirstMarkAsync(Chromium browser)
    {
        await browser.EvaluateAsync("document.querySelector('#doc-0 mark[tabindex]').focus()");
        await browser.WaitForAsync("!document.getElementById('rl-tip').hidden");
        string tip = (await browser.EvaluateAsync("document.getElementById('rl-tip').textContent"))!.GetValue<string>();
        Assert.True(tip.Contains("RL9102", StringComparison.Ordinal), tip);
        Assert.True(tip.Contains("建议改为“改”", StringComparison.Ordinal), tip);
        Assert.Equal("rl-tip", (await browser.EvaluateAsync("document.activeElement.getAttribute('aria-describedby')"))!.GetValue<string>());
        return await browser.ScreenshotAsync("report-document-focused");
    }

    [ChromiumFact]
    public async Task A_report_of_a_thousand_documents_renders_only_the_documents_in_view()
    {
        var files = Enumerable.Range(0, 1000).Select(i =>
        {
            var document = ReportDocument.FromText($"材料{i:0000}.txt", Text);
            return new FileReport(document.Path, "utf-8", new DocumentResult(document, [At(document, Repeated, "还还"), At(document, Wording, "钢性")], []));
        }).ToList();
        string file = Path.Combine(Path.GetTempPath(), $"reviewlint-report-{Guid.NewGuid():N}.html");
        await using (var writer = new StreamWriter(file)) new HtmlFormatter().Write(new LintReport(new ToolInfo("ReviewLint", "0.1.0"), [Repeated, Wording], files, []), writer);
        await using var browser = await Chromium.StartAsync();
        try
        {
            await browser.NavigateAsync(new Uri(file).AbsoluteUri + "#doc-700");
            await browser.WaitForAsync("document.querySelector('#doc-700 .rl-body[data-rendered]')");
            Assert.Equal("还还", (await browser.EvaluateAsync("document.querySelector('#doc-700 mark[data-rule=\"RL9101\"]').textContent"))!.GetValue<string>());
            Assert.Equal(1, (await browser.EvaluateAsync("document.querySelectorAll('.rl-body[data-rendered]').length"))!.GetValue<int>());

            // "Expand all" opens every document but renders only those near the viewport.
            await browser.EvaluateAsync("document.getElementById('rl-expand').click()");
            await browser.WaitForAsync("document.querySelectorAll('.rl-body[data-rendered]').length > 1");
            Assert.Equal(1000, (await browser.EvaluateAsync("document.querySelectorAll('section.rl-doc details[open]').length"))!.GetValue<int>());
            int rendered = (await browser.EvaluateAsync("document.querySelectorAll('.rl-body[data-rendered]').length"))!.GetValue<int>();
            Assert.InRange(rendered, 2, 100);
        }
        finally
        {
            File.Delete(file);
        }
    }

    [ChromiumFact]
    public async Task Web_page_shows_pasted_text_highlighted_and_an_error_for_a_binary_upload()
    {
        await using var app = await WebApp.StartAsync();
        await using var browser = await Chromium.StartAsync();
        await browser.NavigateAsync(app.Address.AbsoluteUri);
        await browser.ScreenshotAsync("web-empty");

        await browser.EvaluateAsync($"document.getElementById('rl-text').value = {JsonValue.Create("青山村党支部对照检查材料\n一、存在的问题\n制度钢性不足，<落实>不到位。\n").ToJsonString()}");
        await browser.EvaluateAsync("document.getElementById('rl-submit').click()");
        await browser.WaitForAsync("document.querySelector('#rl-result mark')");
        Assert.Equal("钢性", (await browser.EvaluateAsync("document.querySelector('#rl-result mark[data-rule=\"RL2001\"]').textContent"))!.GetValue<string>());
        Assert.Contains("<落实>", (await browser.EvaluateAsync("document.querySelector('#rl-result pre.rl-text').textContent"))!.GetValue<string>());
        await browser.ScreenshotAsync("web-result");

        string binary = Path.Combine(Path.GetTempPath(), $"reviewlint-{Guid.NewGuid():N}.txt");
        await File.WriteAllBytesAsync(binary, [0x89, 0x50, 0x4E, 0x47, 0x00, 0x00, 0x01]);
        try
        {
            await browser.SetFileAsync("document.getElementById('rl-file')", binary);
            await browser.EvaluateAsync("document.getElementById('rl-submit').click()");
            await browser.WaitForAsync("!document.getElementById('rl-error').hidden");
            Assert.Contains("二进制文件", (await browser.EvaluateAsync("document.getElementById('rl-error').textContent"))!.GetValue<string>());
            Assert.Equal("", (await browser.EvaluateAsync("document.getElementById('rl-result').innerHTML"))!.GetValue<string>());
            await browser.ScreenshotAsync("web-binary-upload");
        }
        finally
        {
            File.Delete(binary);
        }
    }
}
