using System.Text.Json;
using ReviewLint.Cli.Tests.Infrastructure;
using ReviewLint.Configuration;

namespace ReviewLint.Cli.Tests;

public class CommandTests
{
    [Fact]
    public async Task Version_prints_the_package_version()
    {
        using var folder = new TempFolder();
        var result = await folder.RunAsync("--version");
        Assert.Equal(0, result.ExitCode);
        Assert.Matches(@"^\d+\.\d+\.\d+(-[0-9A-Za-z.-]+)?$", result.Stdout.Trim());
    }

    [Theory]
    [InlineData("--help")]
    [InlineData("check", "--help")]
    [InlineData("rules", "--help")]
    [InlineData("init", "-h")]
    public async Task Help_is_chinese_on_stdout_and_exits_0(params string[] args)
    {
        using var folder = new TempFolder();
        var result = await folder.RunAsync(args);
        Assert.Equal((0, ""), (result.ExitCode, result.Stderr));
        Assert.Contains("用法：reviewlint", result.Stdout.Replace("用法：\n  reviewlint", "用法：reviewlint"));
    }

    [Fact]
    public async Task Rules_lists_every_rule_with_its_metadata()
    {
        using var folder = new TempFolder();
        var table = await folder.RunAsync("rules");
        Assert.Equal(0, table.ExitCode);
        Assert.StartsWith("编号", table.Stdout);
        Assert.Contains("RL0001  analyzer-exception", table.Stdout);

        var json = await folder.RunAsync("rules", "--format", "json");
        using var rules = JsonDocument.Parse(json.Stdout);
        var ids = rules.RootElement.EnumerateArray().Select(r => r.GetProperty("id").GetString()).ToList();
        Assert.Equal(ids.Order(StringComparer.Ordinal), ids);
        Assert.Equal(BuiltInRules.All.Count + 1, ids.Count);
        var engine = rules.RootElement[0];
        Assert.Equal(("analyzer-exception", "Engine", "warning", false), (engine.GetProperty("name").GetString(), engine.GetProperty("category").GetString(),
            engine.GetProperty("defaultSeverity").GetString(), engine.GetProperty("fixable").GetBoolean()));
    }

    [Fact]
    public async Task Init_writes_a_commented_configuration_that_loads_and_refuses_to_overwrite_it()
    {
        using var folder = new TempFolder();
        var result = await folder.RunAsync("init");
        Assert.True(result.ExitCode == 0, result.ToString());
        string path = folder.File("reviewlint.json");
        string text = File.ReadAllText(path);
        Assert.Contains("// ", text);
        var options = ConfigurationFiles.Load(path);
        Assert.Empty(options.Rules);
        Assert.Null(options.Genre);
        foreach (var id in BuiltInRules.All) Assert.Contains($"\"{id}\"", text);

        var again = await folder.RunAsync("init");
        Assert.True(again.ExitCode == 2, again.ToString());
        Assert.Contains("已存在", again.Stderr);
        Assert.Equal(text, File.ReadAllText(path));
    }

    [Fact]
    public async Task A_file_checked_with_the_init_configuration_behaves_like_the_defaults()
    {
        using var folder = new TempFolder();
        Assert.Equal(0, (await folder.RunAsync("init")).ExitCode);
        folder.Write("材料.txt", Samples.Clean);
        var result = await folder.RunAsync("check", "--config", "reviewlint.json", "-f", "json", "材料.txt");
        Assert.True(result.ExitCode is 0 or 1, result.ToString());
    }
}
