using System.Text.Json;
using System.Text.RegularExpressions;
using ReviewLint.Cli.Tests.Infrastructure;

namespace ReviewLint.Cli.Tests;

public partial class FormatTests
{
    [Fact]
    public async Task Json_output_on_clean_input_follows_the_contract()
    {
        using var folder = new TempFolder().OnlyRules();
        folder.Write("材料.txt", Samples.Clean);
        var result = await folder.RunAsync("check", "-f", "json", "材料.txt");
        Assert.True(result.ExitCode == 0, result.ToString());
        SchemaValidator.AssertValidJsonContract(result.Stdout);
        using var json = JsonDocument.Parse(result.Stdout);
        Assert.Equal(CliVersion(), json.RootElement.GetProperty("tool").GetProperty("version").GetString());
    }

    [FactNeedingRules("RL3001", "RL2001")]
    public async Task Json_output_with_findings_follows_the_contract_with_utf16_offsets_and_fixes()
    {
        using var folder = new TempFolder().OnlyRules("RL3001", "RL2001");
        folder.Write("材料.txt", Samples.WithDefects);
        var result = await folder.RunAsync("check", "-f", "json", "材料.txt");
        Assert.Equal(1, result.ExitCode);
        SchemaValidator.AssertValidJsonContract(result.Stdout);
        using var json = JsonDocument.Parse(result.Stdout);
        var repeated = json.RootElement.GetProperty("files")[0].GetProperty("diagnostics").EnumerateArray().Single(d => d.GetProperty("id").GetString() == "RL3001");
        int offset = repeated.GetProperty("offset").GetInt32();
        Assert.Equal("还还", Samples.WithDefects.Substring(offset, repeated.GetProperty("length").GetInt32()));
        Assert.Equal(3, repeated.GetProperty("line").GetInt32());
        Assert.Equal(15, repeated.GetProperty("column").GetInt32());
        Assert.True(repeated.GetProperty("fix").GetProperty("safe").GetBoolean());
        Assert.Equal(2, json.RootElement.GetProperty("summary").GetProperty("fixable").GetInt32());
    }

    [Fact]
    public async Task Sarif_output_on_clean_and_unreadable_input_is_valid_sarif()
    {
        using var folder = new TempFolder().OnlyRules();
        folder.Write("材料.txt", Samples.Clean);
        var result = await folder.RunAsync("check", "-f", "sarif", "材料.txt", "缺失.txt");
        Assert.Equal(2, result.ExitCode);
        SchemaValidator.AssertValidSarif(result.Stdout);
        using var sarif = JsonDocument.Parse(result.Stdout);
        var run = sarif.RootElement.GetProperty("runs")[0];
        Assert.Equal("utf16CodeUnits", run.GetProperty("columnKind").GetString());
        var invocation = run.GetProperty("invocations")[0];
        Assert.False(invocation.GetProperty("executionSuccessful").GetBoolean());
        Assert.Contains("缺失.txt", invocation.GetProperty("toolExecutionNotifications")[0].GetProperty("message").GetProperty("text").GetString());
        Assert.Contains(run.GetProperty("tool").GetProperty("driver").GetProperty("rules").EnumerateArray(), r => r.GetProperty("id").GetString() == "RL0001");
    }

    [FactNeedingRules("RL3001", "RL2001")]
    public async Task Sarif_output_with_findings_is_valid_and_has_regions_fingerprints_and_rules()
    {
        using var folder = new TempFolder().OnlyRules("RL3001", "RL2001");
        folder.Write("子目录/材料.txt", Samples.WithDefects);
        var result = await folder.RunAsync("check", "-f", "sarif", "子目录/材料.txt");
        Assert.Equal(1, result.ExitCode);
        SchemaValidator.AssertValidSarif(result.Stdout);
        using var sarif = JsonDocument.Parse(result.Stdout);
        var run = sarif.RootElement.GetProperty("runs")[0];
        var rules = run.GetProperty("tool").GetProperty("driver").GetProperty("rules").EnumerateArray().Select(r => r.GetProperty("id").GetString()).ToList();
        var repeated = run.GetProperty("results").EnumerateArray().Single(r => r.GetProperty("ruleId").GetString() == "RL3001");
        Assert.Equal("RL3001", rules[repeated.GetProperty("ruleIndex").GetInt32()]);
        Assert.Equal("warning", repeated.GetProperty("level").GetString());
        var location = repeated.GetProperty("locations")[0].GetProperty("physicalLocation");
        Assert.Equal("%E5%AD%90%E7%9B%AE%E5%BD%95/%E6%9D%90%E6%96%99.txt", location.GetProperty("artifactLocation").GetProperty("uri").GetString());
        var region = location.GetProperty("region");
        Assert.Equal((3, 15, 3, 17), (region.GetProperty("startLine").GetInt32(), region.GetProperty("startColumn").GetInt32(),
            region.GetProperty("endLine").GetInt32(), region.GetProperty("endColumn").GetInt32()));
        Assert.Matches("^[0-9a-f]{16}:1$", repeated.GetProperty("partialFingerprints").GetProperty("reviewlint/v1").GetString());
    }

    [FactNeedingRules("RL3001")]
    public async Task Sarif_fingerprints_do_not_change_when_lines_are_added_above()
    {
        using var folder = new TempFolder().OnlyRules("RL3001");
        folder.Write("材料.txt", Samples.WithDefects);
        string before = Fingerprint((await folder.RunAsync("check", "-f", "sarif", "材料.txt")).Stdout);
        folder.Write("材料.txt", "（2024年9月12日）\n\n" + Samples.WithDefects);
        string after = Fingerprint((await folder.RunAsync("check", "-f", "sarif", "材料.txt")).Stdout);
        Assert.Equal(before, after);

        static string Fingerprint(string sarif)
        {
            using var document = JsonDocument.Parse(sarif);
            return document.RootElement.GetProperty("runs")[0].GetProperty("results")[0].GetProperty("partialFingerprints").GetRawText();
        }
    }

    [FactNeedingRules("RL3001", "RL2001")]
    public async Task Text_output_is_msbuild_lines_and_one_summary_line_without_colour_when_redirected()
    {
        using var folder = new TempFolder().OnlyRules("RL3001", "RL2001");
        folder.Write("材料.txt", Samples.WithDefects);
        var result = await folder.RunAsync("check", "材料.txt");
        var lines = result.Stdout.TrimEnd('\n').Split('\n');
        Assert.Equal(3, lines.Length);
        Assert.All(lines[..2], line => Assert.Matches(MsBuildLine(), line));
        Assert.Equal("共检查 1 个文件：0 个错误，2 个警告，0 个提示；2 处可自动修复。", lines[2]);
        Assert.DoesNotContain("\e[", result.Stdout);
    }

    [FactNeedingRules("RL3001")]
    public async Task Github_output_is_workflow_commands()
    {
        using var folder = new TempFolder().OnlyRules("RL3001");
        folder.Write("报告,第1稿.txt", Samples.WithDefects);
        var result = await folder.RunAsync("check", "-f", "github", "报告,第1稿.txt");
        Assert.Equal(1, result.ExitCode);
        Assert.StartsWith("::warning file=报告%2C第1稿.txt,line=3,col=15,endLine=3,endColumn=17,title=RL3001 repeated-character::", result.Stdout);
    }

    [Fact]
    public async Task Quiet_leaves_out_the_summary_and_timing_goes_to_standard_error()
    {
        using var folder = new TempFolder().OnlyRules();
        folder.Write("材料.txt", Samples.Clean);
        var quiet = await folder.RunAsync("check", "-q", "材料.txt");
        Assert.Equal((0, "", ""), (quiet.ExitCode, quiet.Stdout, quiet.Stderr));

        var timing = await folder.RunAsync("check", "--timing", "-f", "json", "材料.txt");
        Assert.Equal(0, timing.ExitCode);
        SchemaValidator.AssertValidJsonContract(timing.Stdout);
        Assert.Contains("分词（jieba）", timing.Stderr);
        Assert.Contains("解析（段落、句子）", timing.Stderr);
    }

    [Fact]
    public async Task Timing_reports_how_often_findings_on_repeated_paragraphs_were_reused()
    {
        using var folder = new TempFolder().OnlyRules("RL3001");
        foreach (string name in new[] { "甲.txt", "乙.txt", "丙.txt" }) folder.Write(name, Samples.Clean);
        var timing = await folder.RunAsync("check", "--timing", "-q", ".");
        Assert.Equal(0, timing.ExitCode);
        Assert.Matches(@"段落缓存：重复段落的检查结果复用 [1-9]\d* 次", timing.Stderr);
    }

    [Fact]
    public async Task No_progress_is_written_when_standard_error_is_not_a_terminal()
    {
        using var folder = new TempFolder().OnlyRules();
        for (int i = 0; i < 5; i++) folder.Write($"材料{i}.txt", Samples.Clean);
        var result = await folder.RunAsync("check", ".");
        Assert.Equal(0, result.ExitCode);
        Assert.Equal("", result.Stderr);
    }

    [Fact]
    public async Task Output_file_receives_the_report_and_stdout_stays_empty()
    {
        using var folder = new TempFolder().OnlyRules();
        folder.Write("材料.txt", Samples.Clean);
        var result = await folder.RunAsync("check", "-f", "sarif", "-o", "结果/reviewlint.sarif", "材料.txt");
        Assert.Equal((0, ""), (result.ExitCode, result.Stdout));
        SchemaValidator.AssertValidSarif(File.ReadAllText(folder.File("结果/reviewlint.sarif")));
    }

    private static string CliVersion() =>
        typeof(FormatTests).Assembly.GetName().Version is { } v ? $"{v.Major}.{v.Minor}.{v.Build}" : "";

    [GeneratedRegex(@"^[^()]+\(\d+,\d+\): (error|warning|info) RL\d{4}: .+$")]
    private static partial Regex MsBuildLine();
}
