using System.Collections.Immutable;
using System.Text.Json;
using ReviewLint.Analysis;
using ReviewLint.Cli.Tests.Infrastructure;
using ReviewLint.Diagnostics;
using ReviewLint.Formatting;
using ReviewLint.Text;

namespace ReviewLint.Cli.Tests.Formatting;

/// <summary>The core formatters on findings made up in-process (no built-in analyzer needed): every field of every format.</summary>
public class FormatterTests
{
    private static readonly DiagnosticDescriptor Repeated = new("RL9101", "test-repeated", "测试重复", "“{0}”重复。", DiagnosticCategory.Repetition,
        DiagnosticSeverity.Warning, isFixable: true);

    private static readonly DiagnosticDescriptor Wording = new("RL9102", "test-wording", "测试用词", "“{0}”用词不当。", DiagnosticCategory.Wording,
        DiagnosticSeverity.Error);

    // 𠮷 (U+20BB7) is a surrogate pair: the finding after it starts at UTF-16 column 4 of line 2.
    private const string Text = "标题\r\n𠮷村还还不够，制度钢性不足。\n";

    private static LintReport Report()
    {
        var document = ReportDocument.FromText("材料 甲.txt", Text);
        int repeated = Text.IndexOf("还还", StringComparison.Ordinal), wording = Text.IndexOf("钢性", StringComparison.Ordinal);
        var fix = Fix.Replace(new TextSpan(repeated, 2), "还", isSafe: true);
        var diagnostics = ImmutableArray.Create(
            Diagnostic.Create(Repeated, Location.Create(document, new TextSpan(repeated, 2)), fix, "还还"),
            Diagnostic.Create(Wording, Location.Create(document, new TextSpan(wording, 2)), Fix.Replace(new TextSpan(wording, 2), "刚性", false), "钢性") with
            {
                Severity = DiagnosticSeverity.Info,
            });
        var suppressed = ImmutableArray.Create(
            new SuppressedDiagnostic(Diagnostic.Create(Wording, Location.Create(document, new TextSpan(0, 2)), null, "标题"), "inline", "引用原文"),
            new SuppressedDiagnostic(Diagnostic.Create(Repeated, Location.Create(document, new TextSpan(0, 1)), null, "标"), "baseline", null));
        var docx = ReportDocument.FromText("附件.docx", "第一段\n第二段还还");
        var docxDiagnostic = Diagnostic.Create(Repeated, Location.Create(docx, new TextSpan(7, 2)), Fix.Replace(new TextSpan(7, 2), "还", true), "还还");
        return new LintReport(new ToolInfo("ReviewLint", "1.2.3"), [EngineDiagnostics.AnalyzerException, Repeated, Wording],
            [
                new FileReport("材料 甲.txt", "gb18030", new DocumentResult(document, diagnostics, suppressed)),
                new FileReport("附件.docx", "docx", new DocumentResult(docx, [docxDiagnostic], [])),
            ],
            [new InputError("坏.txt", "坏.txt：这是二进制文件，不是文本。")]);
    }

    private static string Write(IDiagnosticFormatter formatter)
    {
        var writer = new StringWriter();
        formatter.Write(Report(), writer);
        return writer.ToString();
    }

    [Fact]
    public void Sarif_with_results_suppressions_fixes_and_notifications_is_valid()
    {
        string sarif = Write(new SarifFormatter { BaseDirectory = Path.GetTempPath() });
        SchemaValidator.AssertValidSarif(sarif);
        using var json = JsonDocument.Parse(sarif);
        var run = json.RootElement.GetProperty("runs")[0];
        var results = run.GetProperty("results").EnumerateArray().ToList();
        Assert.Equal(5, results.Count);
        var repeated = results.Single(r => r.GetProperty("ruleId").GetString() == "RL9101" && !r.TryGetProperty("suppressions", out _) &&
                                           r.GetProperty("locations")[0].GetProperty("physicalLocation").GetProperty("artifactLocation").GetProperty("index").GetInt32() == 0);
        var region = repeated.GetProperty("locations")[0].GetProperty("physicalLocation").GetProperty("region");
        Assert.Equal(2, region.GetProperty("startLine").GetInt32());
        Assert.Equal(4, region.GetProperty("startColumn").GetInt32());
        Assert.Equal(6, region.GetProperty("endColumn").GetInt32());
        Assert.Equal(Text.IndexOf("还还", StringComparison.Ordinal), region.GetProperty("charOffset").GetInt32());
        Assert.Equal("还", repeated.GetProperty("fixes")[0].GetProperty("artifactChanges")[0].GetProperty("replacements")[0]
            .GetProperty("insertedContent").GetProperty("text").GetString());
        Assert.Equal("note", results.Single(r => r.GetProperty("ruleId").GetString() == "RL9102" && !r.TryGetProperty("suppressions", out _))
            .GetProperty("level").GetString());
        var kinds = results.Where(r => r.TryGetProperty("suppressions", out _)).Select(r => r.GetProperty("suppressions")[0].GetProperty("kind").GetString());
        Assert.Equal(["external", "inSource"], kinds.Order(StringComparer.Ordinal));
        Assert.Equal("%E6%9D%90%E6%96%99%20%E7%94%B2.txt", run.GetProperty("artifacts")[0].GetProperty("location").GetProperty("uri").GetString());
        Assert.Equal("GB18030", run.GetProperty("artifacts")[0].GetProperty("encoding").GetString());
        var docxResult = results.Single(r => r.GetProperty("locations")[0].GetProperty("physicalLocation").GetProperty("artifactLocation").GetProperty("index").GetInt32() == 1);
        Assert.False(docxResult.TryGetProperty("fixes", out _));
        Assert.Equal("分析器运行出错", run.GetProperty("tool").GetProperty("driver").GetProperty("rules")[0].GetProperty("shortDescription").GetProperty("text").GetString());
    }

    [Fact]
    public void Json_follows_the_contract_and_reports_only_unsuppressed_findings()
    {
        string text = Write(new JsonFormatter());
        SchemaValidator.AssertValidJsonContract(text);
        using var json = JsonDocument.Parse(text);
        var first = json.RootElement.GetProperty("files")[0];
        Assert.Equal("gb18030", first.GetProperty("encoding").GetString());
        var diagnostics = first.GetProperty("diagnostics").EnumerateArray().ToList();
        Assert.Equal(["RL9101", "RL9102"], diagnostics.Select(d => d.GetProperty("id").GetString()));
        Assert.Equal((2, 4, 2, 6), (diagnostics[0].GetProperty("line").GetInt32(), diagnostics[0].GetProperty("column").GetInt32(),
            diagnostics[0].GetProperty("endLine").GetInt32(), diagnostics[0].GetProperty("endColumn").GetInt32()));
        Assert.Equal("info", diagnostics[1].GetProperty("severity").GetString());
        Assert.False(diagnostics[1].GetProperty("fix").GetProperty("safe").GetBoolean());
        var summary = json.RootElement.GetProperty("summary");
        Assert.Equal((2, 1, 3, 2, 2), (summary.GetProperty("files").GetInt32(), summary.GetProperty("unreadable").GetInt32(),
            summary.GetProperty("diagnostics").GetInt32(), summary.GetProperty("suppressed").GetInt32(), summary.GetProperty("fixable").GetInt32()));
    }

    [Fact]
    public void Text_is_one_msbuild_line_per_finding_then_the_summary()
    {
        string[] lines = Write(new TextFormatter()).ReplaceLineEndings("\n").TrimEnd('\n').Split('\n');
        Assert.Equal(
        [
            "材料 甲.txt(2,4): warning RL9101: “还还”重复。",
            "材料 甲.txt(2,11): info RL9102: “钢性”用词不当。",
            "附件.docx(2,4): warning RL9101: “还还”重复。",
            "共检查 2 个文件：0 个错误，2 个警告，1 个提示；2 处可自动修复，2 条已抑制，1 个输入无法检查。",
        ], lines);
    }

    [Fact]
    public void Text_colours_only_the_severity_when_asked()
    {
        string text = Write(new TextFormatter { Color = true });
        Assert.Contains("材料 甲.txt(2,4): \e[33mwarning\e[0m RL9101: ", text);
        Assert.Contains("\e[36minfo\e[0m", text);
    }

    [Fact]
    public void Github_commands_escape_properties_and_data_and_map_info_to_notice()
    {
        string[] lines = Write(new GitHubFormatter()).ReplaceLineEndings("\n").TrimEnd('\n').Split('\n');
        Assert.Equal("::warning file=材料 甲.txt,line=2,col=4,endLine=2,endColumn=6,title=RL9101 test-repeated::“还还”重复。", lines[0]);
        Assert.StartsWith("::notice file=材料 甲.txt,line=2,col=11,", lines[1]);
        Assert.Equal("a%25b%0Ac", GitHubFormatter.EscapeData("a%b\nc"));
        Assert.Equal("a%3Ab%2Cc", GitHubFormatter.EscapeProperty("a:b,c"));
    }
}
