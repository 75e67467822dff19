using System.Text.Json;
using ReviewLint.Cli.Tests.Infrastructure;

namespace ReviewLint.Cli.Tests;

public class BaselineTests
{
    [Fact]
    public async Task Update_baseline_on_clean_files_writes_an_empty_versioned_baseline()
    {
        using var folder = new TempFolder().OnlyRules();
        folder.Write("材料.txt", Samples.Clean);
        var result = await folder.RunAsync("check", "--baseline", "reviewlint-baseline.json", "--update-baseline", "材料.txt");
        Assert.True(result.ExitCode == 0, result.ToString());
        using var json = JsonDocument.Parse(File.ReadAllText(folder.File("reviewlint-baseline.json")));
        Assert.Equal(1, json.RootElement.GetProperty("version").GetInt32());
        Assert.Empty(json.RootElement.GetProperty("files").EnumerateObject());
    }

    [Fact]
    public async Task Missing_or_malformed_baseline_exits_2()
    {
        using var folder = new TempFolder().OnlyRules();
        folder.Write("材料.txt", Samples.Clean);
        var missing = await folder.RunAsync("check", "--baseline", "无.json", "材料.txt");
        Assert.True(missing.ExitCode == 2, missing.ToString());
        Assert.Contains("无.json：基线文件不存在", missing.Stderr);

        folder.Write("坏.json", """{ "version": 1, "files": { "材料.txt": { "RL3001": { "还还": -1 } } } }""");
        var malformed = await folder.RunAsync("check", "--baseline", "坏.json", "材料.txt");
        Assert.True(malformed.ExitCode == 2, malformed.ToString());
        Assert.Contains("files.材料.txt.RL3001.还还", malformed.Stderr);
    }

    [FactNeedingRules("RL3001", "RL2001")]
    public async Task Baselined_findings_are_suppressed_survive_edits_elsewhere_and_new_ones_still_fail()
    {
        using var folder = new TempFolder().OnlyRules("RL3001", "RL2001");
        folder.Write("材料/一.txt", Samples.WithDefects);
        var update = await folder.RunAsync("check", "--baseline", "基线.json", "--update-baseline", "材料");
        Assert.True(update.ExitCode == 0, update.ToString());
        using (var json = JsonDocument.Parse(File.ReadAllText(folder.File("基线.json"))))
            Assert.Equal(1, json.RootElement.GetProperty("files").GetProperty("材料/一.txt").GetProperty("RL3001").GetProperty("还还").GetInt32());

        folder.Write("材料/一.txt", "（2024年9月12日）\n\n" + Samples.WithDefects + "（三）作风建设方面。服务群众主动性不强。\n");
        var edited = await folder.RunAsync("check", "-f", "json", "--baseline", "基线.json", "材料");
        Assert.True(edited.ExitCode == 0, edited.ToString());
        using (var json = JsonDocument.Parse(edited.Stdout))
            Assert.Equal(2, json.RootElement.GetProperty("summary").GetProperty("suppressed").GetInt32());

        folder.Write("材料/一.txt", Samples.WithDefects + "（三）作风建设方面。群众工作还还不够扎实。\n");
        var added = await folder.RunAsync("check", "--baseline", "基线.json", "材料");
        Assert.True(added.ExitCode == 1, added.ToString());
        Assert.Single(added.Stdout.Split('\n'), line => line.Contains("RL3001"));
    }

    [FactNeedingRules("RL3001")]
    public async Task Resolved_findings_leave_stale_entries_that_are_reported()
    {
        using var folder = new TempFolder().OnlyRules("RL3001");
        folder.Write("材料.txt", Samples.WithDefects);
        Assert.Equal(0, (await folder.RunAsync("check", "--baseline", "基线.json", "--update-baseline", "材料.txt")).ExitCode);
        folder.Write("材料.txt", Samples.WithDefectsFixed);
        var result = await folder.RunAsync("check", "--baseline", "基线.json", "材料.txt");
        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains("基线中有 1 条问题已不再出现", result.Stderr);
    }
}
