using System.Collections.Immutable;
using System.Net;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using ReviewLint.Diagnostics;
using ReviewLint.Formatting;
using ReviewLint.Text;

namespace ReviewLint.Tests.Formatting;

/// <summary>The HTML report and the highlighted fragments, read back with a small tag walker.</summary>
public partial class HtmlFormatterTests
{
    private static readonly DiagnosticDescriptor Repeated = new("RL9101", "test-repeated", "测试重复", "“{0}”重复。", DiagnosticCategory.Repetition,
        DiagnosticSeverity.Warning, isFixable: true);

    private static readonly DiagnosticDescriptor Wording = new("RL9102", "test-wording", "测试<用词>", "“{0}”用词不当 <b>&\"'", DiagnosticCategory.Wording,
        DiagnosticSeverity.Error);

    // CRLF and LF line breaks, a surrogate pair, and every character HTML escapes.
    private const string Text = "标题 <甲> & “乙”\r\n𠮷村还还不够，制度钢性不足。\n她说\"好\"，'对' </script><!-- x -->\r\n";

    private static Diagnostic At(ReportDocument document, DiagnosticDescriptor descriptor, int start, int length, DiagnosticSeverity? severity = null, Fix? fix = null)
    {
        var diagnostic = Diagnostic.Create(descriptor, Location.Create(document, new TextSpan(start, length)), fix, document.Text.Content.Substring(start, length));
        return severity is { } s ? diagnostic with { Severity = s } : diagnostic;
    }

    private static (ReportDocument Document, ImmutableArray<Diagnostic> Diagnostics) Sample()
    {
        var document = ReportDocument.FromText("材料<1>&.txt", Text);
        int repeated = Text.IndexOf("还还", StringComparison.Ordinal), wording = Text.IndexOf("钢性", StringComparison.Ordinal);
        int script = Text.IndexOf("</script>", StringComparison.Ordinal), heading = Text.IndexOf("<甲>", StringComparison.Ordinal);
        return (document, [
            At(document, Repeated, repeated, 2, fix: Fix.Replace(new TextSpan(repeated, 2), "还", isSafe: true)),
            At(document, Wording, wording, 2, DiagnosticSeverity.Info, Fix.Replace(new TextSpan(wording, 2), "刚性", false)),
            // Nested: the whole sentence around both.
            At(document, Wording, repeated - 1, wording + 4 - (repeated - 1)),
            // Crossing: starts inside the sentence finding and runs past its end.
            At(document, Repeated, wording + 1, 6),
            // Same span twice, and a zero-length finding.
            At(document, Repeated, repeated, 2),
            At(document, Wording, repeated, 0),
            At(document, Wording, heading, 3),
            At(document, Repeated, script, 9),
        ]);
    }

    /// <summary>Walks the <c>&lt;pre&gt;</c> of a fragment: the raw text between tags, and the decoded text under each finding's marks.</summary>
    private static (string RawText, Dictionary<int, StringBuilder> Marked, int Marks) Walk(string fragment)
    {
        var pre = PreRegex().Match(fragment);
        Assert.True(pre.Success, "no <pre class=\"rl-text\"> in the fragment");
        var raw = new StringBuilder();
        var marked = new Dictionary<int, StringBuilder>();
        var open = new Stack<int>();
        int marks = 0;
        foreach (Match part in TagOrTextRegex().Matches(pre.Groups[1].Value))
        {
            string value = part.Value;
            if (value.StartsWith("</mark>", StringComparison.Ordinal)) open.Pop();
            else if (value.StartsWith("<mark", StringComparison.Ordinal))
            {
                int index = int.Parse(DataFRegex().Match(value).Groups[1].Value);
                open.Push(index);
                if (!marked.ContainsKey(index)) marked[index] = new StringBuilder();
                marks++;
            }
            else if (value.StartsWith('<')) Assert.Fail($"unexpected tag {value}");
            else
            {
                raw.Append(value);
                foreach (int index in open) marked[index].Append(WebUtility.HtmlDecode(value));
            }
        }
        Assert.Empty(open);
        return (raw.ToString(), marked, marks);
    }

    [Fact]
    public void Stripping_the_marks_gives_back_exactly_the_escaped_text_with_its_line_breaks()
    {
        var (_, diagnostics) = Sample();
        var (raw, _, _) = Walk(HtmlHighlighter.Render(Text, diagnostics, "d0-"));
        Assert.Equal(HtmlHighlighter.Escape(Text), raw);
        Assert.Equal(Text, WebUtility.HtmlDecode(raw));
        Assert.Contains("\r\n", raw);
        Assert.DoesNotContain("<甲>", raw);
    }

    [Fact]
    public void Each_findings_marks_cover_exactly_its_span_even_when_spans_nest_cross_repeat_or_are_empty()
    {
        var (_, diagnostics) = Sample();
        var (_, marked, marks) = Walk(HtmlHighlighter.Render(Text, diagnostics, "d0-"));
        Assert.Equal(diagnostics.Length, marked.Count);
        for (int i = 0; i < diagnostics.Length; i++)
            Assert.Equal(Text.Substring(diagnostics[i].Location.Span.Start, diagnostics[i].Location.Span.Length), marked[i].ToString());
        Assert.True(marks > diagnostics.Length, "the crossing span should have been split into pieces");
    }

    [Fact]
    public void Only_the_first_piece_of_a_finding_is_focusable_and_every_piece_carries_the_tip()
    {
        var (_, diagnostics) = Sample();
        string fragment = HtmlHighlighter.Render(Text, diagnostics, "d0-");
        Assert.Equal(diagnostics.Length, TabIndexRegex().Matches(fragment).Count);
        for (int i = 0; i < diagnostics.Length; i++) Assert.Single(Regex.Matches(fragment, $"id=\"d0-f{i}\""));
        Assert.Contains("建议改为“还”（可自动修复）", fragment);
        Assert.Contains("建议改为“刚性”（需人工确认）", fragment);
        Assert.Contains("<a href=\"#d0-f3\">", fragment);
    }

    [Fact]
    public void Messages_titles_and_paths_are_escaped_everywhere()
    {
        string page = WritePage(Sample());
        Assert.DoesNotContain("不当 <b>", page);
        Assert.DoesNotContain("测试<用词>", page);
        Assert.Contains("测试&lt;用词&gt;", page);
        Assert.Contains("材料&lt;1&gt;&amp;.txt", page);
        Assert.Contains("用词不当 &lt;b&gt;&amp;&quot;&#39;", DataOf(page)[0]);
    }

    [Fact]
    public void The_page_is_self_contained()
    {
        string page = WritePage(Sample());
        foreach (string external in new[] { "http:", "https:", "//cdn", " src=", "<link", "@import", "url(", "<iframe" })
            Assert.DoesNotContain(external, page, StringComparison.OrdinalIgnoreCase);
        Assert.StartsWith("<!DOCTYPE html>", page);
        Assert.Single(Regex.Matches(page, "<script>"));
        Assert.Contains("<svg class=\"rl-chart\"", page);
    }

    [Fact]
    public void The_data_block_holds_one_fragment_per_document_and_no_text_can_close_the_script()
    {
        var (document, diagnostics) = Sample();
        var clean = ReportDocument.FromText("干净.txt", "全文没有问题。");
        string page = WritePage(new LintReport(new ToolInfo("ReviewLint", "9.9.9"), [Repeated, Wording],
            [new FileReport(document.Path, "utf-8", new DocumentResult(document, diagnostics, [])), new FileReport(clean.Path, "utf-8", new DocumentResult(clean, [], []))], []));
        string block = DataBlockRegex().Match(page).Groups[1].Value;
        Assert.DoesNotContain("</", block);
        Assert.DoesNotContain("<!--", block);
        var data = DataOf(page);
        Assert.Equal(2, data.Count);
        Assert.Equal(HtmlHighlighter.Render(Text, diagnostics, "d0-"), data[0]);
        Assert.Contains("未发现问题", data[1]);
        Assert.Contains("href=\"#doc-1\"", page);
        Assert.Contains("<section class=\"rl-doc\" id=\"doc-1\">", page);
        Assert.Contains("data-filter=\"RL9101\"", page);
        Assert.Contains("data-filter=\"info\"", page);
    }

    [Fact]
    public void Summary_table_and_chart_count_findings_by_document_rule_and_severity()
    {
        string page = WritePage(Sample());
        var row = Regex.Match(page, "<tr data-i=\"0\">(.*?)</tr>").Groups[1].Value;
        Assert.Equal(["3", "4", "1", "8"], Regex.Matches(row, "<td class=\"n\">(\\d+)</td>").Select(m => m.Groups[1].Value));
        Assert.Contains("<title>RL9101 test-repeated：警告 4 处</title>", page);
        Assert.Contains("<title>RL9102 test-wording：错误 3 处</title>", page);
        Assert.Contains("<title>RL9102 test-wording：提示 1 处</title>", page);
    }

    [Fact]
    public void An_empty_batch_gives_a_page_that_says_so()
    {
        string page = WritePage(new LintReport(new ToolInfo("ReviewLint", "9.9.9"), [], [], []));
        Assert.Contains("没有检查任何材料", page);
        Assert.Empty(DataOf(page));
        Assert.DoesNotContain("<svg", page);
        Assert.EndsWith("</html>\n", page);
    }

    [Fact]
    public void Text_without_findings_is_escaped_whole()
    {
        var (raw, marked, _) = Walk(HtmlHighlighter.Render(Text, [], "x-"));
        Assert.Equal(HtmlHighlighter.Escape(Text), raw);
        Assert.Empty(marked);
    }

    [Fact]
    public void A_span_that_splits_a_surrogate_pair_is_widened_to_the_whole_character()
    {
        const string text = "𠮷村";
        var document = ReportDocument.FromText("a.txt", text);
        var (raw, marked, _) = Walk(HtmlHighlighter.Render(text, [At(document, Repeated, 1, 2)], "x-"));
        Assert.Equal(text, raw);
        Assert.Equal(text, marked[0].ToString());
    }

    [Fact]
    public void Html_is_a_known_format()
    {
        Assert.Contains("html", DiagnosticFormatters.Names);
        Assert.IsType<HtmlFormatter>(DiagnosticFormatters.Create("HTML"));
    }

    private static string WritePage((ReportDocument Document, ImmutableArray<Diagnostic> Diagnostics) sample) =>
        WritePage(new LintReport(new ToolInfo("ReviewLint", "9.9.9"), [Repeated, Wording],
            [new FileReport(sample.Document.Path, "utf-8", new DocumentResult(sample.Document, sample.Diagnostics, []))],
            [new InputError("坏<.bin", "坏<.bin：这是二进制文件，不是文本。")]));

    private static string WritePage(LintReport report)
    {
        var writer = new StringWriter();
        new HtmlFormatter().Write(report, writer);
        return writer.ToString();
    }

    private static List<string> DataOf(string page) =>
        JsonSerializer.Deserialize<List<string>>(DataBlockRegex().Match(page).Groups[1].Value)!;

    [GeneratedRegex("<pre class=\"rl-text\">(.*?)</pre>", RegexOptions.Singleline)]
    private static partial Regex PreRegex();

    [GeneratedRegex("<[^>]*>|[^<]+")]
    private static partial Regex TagOrTextRegex();

    [GeneratedRegex("data-f=\"(\\d+)\"")]
    private static partial Regex DataFRegex();

    [GeneratedRegex("tabindex=\"0\"")]
    private static partial Regex TabIndexRegex();

    [GeneratedRegex("<script type=\"application/json\" id=\"rl-data\">(.*?)</script>", RegexOptions.Singleline)]
    private static partial Regex DataBlockRegex();
}
