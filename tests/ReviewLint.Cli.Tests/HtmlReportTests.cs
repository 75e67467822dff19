using System.Text.Json;
using System.Text.RegularExpressions;
using ReviewLint.Cli.Tests.Infrastructure;

namespace ReviewLint.Cli.Tests;

/// <summary><c>check --format html --output …</c> end to end through the CLI process.</summary>
public partial class HtmlReportTests
{
    [FactNeedingRules("RL3001", "RL2001")]
    public async Task Html_report_is_written_with_the_same_exit_code_as_text()
    {
        using var folder = new TempFolder().OnlyRules("RL3001", "RL2001");
        folder.Write("甲/材料.txt", Samples.WithDefects.Replace("\n", "\r\n", StringComparison.Ordinal));
        folder.Write("乙.txt", Samples.Clean);
        var text = await folder.RunAsync("check", ".");
        var html = await folder.RunAsync("check", ".", "--format", "html", "--output", "报告/report.html");
        Assert.Equal(1, text.ExitCode);
        Assert.Equal((text.ExitCode, ""), (html.ExitCode, html.Stdout));
        string page = File.ReadAllText(folder.File("报告/report.html"));
        Assert.StartsWith("<!DOCTYPE html>", page);
        Assert.Equal(2, Regex.Matches(page, "<section class=\"rl-doc\"").Count);
        var data = JsonSerializer.Deserialize<List<string>>(DataBlock().Match(page).Groups[1].Value)!;
        string withDefects = data.Single(d => d.Contains("data-rule=\"RL3001\"", StringComparison.Ordinal));
        var mark = Regex.Match(withDefects, "<mark[^>]*data-rule=\"RL3001\"[^>]*>([^<]*)</mark>");
        Assert.Equal("还还", mark.Groups[1].Value);
        Assert.Contains("\r\n", withDefects);
    }

    [Fact]
    public async Task Html_report_of_clean_and_unreadable_inputs_keeps_exit_code_2_and_lists_the_error()
    {
        using var folder = new TempFolder().OnlyRules();
        folder.Write("材料.txt", Samples.Clean);
        folder.WriteBytes("坏.txt", [0x50, 0x4B, 0x00, 0x01, 0x02]);
        var result = await folder.RunAsync("check", "-f", "html", "-o", "report.html", "材料.txt", "坏.txt");
        Assert.Equal(2, result.ExitCode);
        string page = File.ReadAllText(folder.File("report.html"));
        Assert.Contains("无法检查的输入", page);
        Assert.Contains("二进制", page);
    }

    [Fact]
    public async Task Html_is_listed_in_the_help()
    {
        using var folder = new TempFolder();
        var result = await folder.RunAsync("check", "--help");
        Assert.Contains("html", result.Stdout);
    }

    [GeneratedRegex("<script type=\"application/json\" id=\"rl-data\">(.*?)</script>", RegexOptions.Singleline)]
    private static partial Regex DataBlock();
}
