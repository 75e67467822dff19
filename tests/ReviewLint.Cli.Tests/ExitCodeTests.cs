using ReviewLint.Cli.Tests.Infrastructure;

namespace ReviewLint.Cli.Tests;

public class ExitCodeTests
{
    [Fact]
    public async Task Clean_report_exits_0_with_a_summary_line()
    {
        using var folder = new TempFolder().OnlyRules();
        folder.Write("材料.txt", Samples.Clean);
        var result = await folder.RunAsync("check", "材料.txt");
        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Equal("共检查 1 个文件，未发现问题。", result.Stdout.Trim());
        Assert.Equal("", result.Stderr);
    }

    [FactNeedingRules("RL3001", "RL2001")]
    public async Task Warnings_exit_1_at_the_default_fail_level()
    {
        using var folder = new TempFolder().OnlyRules("RL3001", "RL2001");
        folder.Write("材料.txt", Samples.WithDefects);
        var result = await folder.RunAsync("check", "材料.txt");
        Assert.True(result.ExitCode == 1, result.ToString());
        Assert.Contains("材料.txt(3,15): warning RL3001: ", result.Stdout);
        Assert.Contains("材料.txt(4,15): warning RL2001: ", result.Stdout);
    }

    [FactNeedingRules("RL3001", "RL2001")]
    public async Task Warnings_exit_0_when_failing_only_on_errors()
    {
        using var folder = new TempFolder().OnlyRules("RL3001", "RL2001");
        folder.Write("材料.txt", Samples.WithDefects);
        var result = await folder.RunAsync("check", "--fail-on", "error", "材料.txt");
        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains("RL3001", result.Stdout);
    }

    [FactNeedingRules("RL3001")]
    public async Task Info_findings_exit_1_only_with_fail_on_info()
    {
        using var folder = new TempFolder();
        folder.Write("reviewlint.json", $$"""{ "rules": { {{string.Join(", ", BuiltInRules.All.Select(id => $"\"{id}\": \"{(id == "RL3001" ? "info" : "off")}\""))}} } }""");
        folder.Write("材料.txt", Samples.WithDefects);
        Assert.Equal(0, (await folder.RunAsync("check", "材料.txt")).ExitCode);
        var strict = await folder.RunAsync("check", "--fail-on", "info", "材料.txt");
        Assert.True(strict.ExitCode == 1, strict.ToString());
        Assert.Contains("info RL3001", strict.Stdout);
    }

    [Theory]
    [InlineData("text")]
    [InlineData("json")]
    [InlineData("sarif")]
    [InlineData("github")]
    public async Task Exit_code_does_not_depend_on_format_or_output_file(string format)
    {
        using var folder = new TempFolder().OnlyRules();
        folder.Write("材料.txt", Samples.Clean);
        Assert.Equal(0, (await folder.RunAsync("check", "-f", format, "材料.txt")).ExitCode);
        Assert.Equal(0, (await folder.RunAsync("check", "-f", format, "-o", "out/report", "材料.txt")).ExitCode);
        Assert.Equal(2, (await folder.RunAsync("check", "-f", format, "材料.txt", "缺失.txt")).ExitCode);
        Assert.Equal(2, (await folder.RunAsync("check", "-f", format, "-o", "out/report", "材料.txt", "缺失.txt")).ExitCode);
        Assert.True(File.Exists(folder.File("out/report")));
    }

    [TheoryNeedingRules("RL3001", "RL2001")]
    [InlineData("text")]
    [InlineData("json")]
    [InlineData("sarif")]
    [InlineData("github")]
    public async Task Findings_exit_1_in_every_format_and_with_an_output_file(string format)
    {
        using var folder = new TempFolder().OnlyRules("RL3001", "RL2001");
        folder.Write("材料.txt", Samples.WithDefects);
        Assert.Equal(1, (await folder.RunAsync("check", "-f", format, "材料.txt")).ExitCode);
        var toFile = await folder.RunAsync("check", "-f", format, "-o", "report.out", "材料.txt");
        Assert.Equal(1, toFile.ExitCode);
        Assert.Equal("", toFile.Stdout);
    }

    [Theory]
    [InlineData("--no-such-option")]
    [InlineData("--format", "xml")]
    [InlineData("--fail-on", "fatal")]
    [InlineData("--fix", "--fix-dry-run")]
    [InlineData("--update-baseline")]
    [InlineData("--max-file-size", "huge")]
    [InlineData("--format")]
    public async Task Usage_errors_exit_2_with_a_message_and_a_pointer_to_help(params string[] options)
    {
        using var folder = new TempFolder();
        folder.Write("材料.txt", Samples.Clean);
        var result = await folder.RunAsync(["check", .. options, "材料.txt"]);
        Assert.True(result.ExitCode == 2, result.ToString());
        Assert.StartsWith("reviewlint：", result.Stderr);
        Assert.Contains("reviewlint check --help", result.Stderr);
        Assert.Equal("", result.Stdout);
    }

    [Theory]
    [InlineData]
    [InlineData("lint")]
    [InlineData("check")]
    public async Task Missing_or_unknown_command_or_missing_paths_exit_2(params string[] args)
    {
        using var folder = new TempFolder();
        var result = await folder.RunAsync(args);
        Assert.True(result.ExitCode == 2, result.ToString());
        Assert.Contains("reviewlint", result.Stderr);
    }

    [Fact]
    public async Task Broken_configuration_exits_2_naming_the_file_and_the_key()
    {
        using var folder = new TempFolder();
        folder.Write("reviewlint.json", "{ \"rules\": { \"RL0001\": \"loud\" } }");
        folder.Write("材料.txt", Samples.Clean);
        var result = await folder.RunAsync("check", "材料.txt");
        Assert.True(result.ExitCode == 2, result.ToString());
        Assert.Contains("reviewlint.json", result.Stderr);
        Assert.Contains("rules.RL0001", result.Stderr);
        Assert.Equal("", result.Stdout);
    }

    [Fact]
    public async Task Configuration_with_an_unknown_key_or_bad_json_exits_2()
    {
        using var folder = new TempFolder();
        folder.Write("sub/reviewlint.json", "{ \"rulez\": {} }");
        folder.Write("sub/材料.txt", Samples.Clean);
        var unknown = await folder.RunAsync("check", "sub");
        Assert.True(unknown.ExitCode == 2, unknown.ToString());
        Assert.Contains("rulez", unknown.Stderr);

        folder.Write("bad.json", "{ \"genre\": ");
        var syntax = await folder.RunAsync("check", "--config", "bad.json", "sub/材料.txt");
        Assert.True(syntax.ExitCode == 2, syntax.ToString());
        Assert.Contains("bad.json", syntax.Stderr);
    }

    [Fact]
    public async Task Unknown_genre_override_exits_2()
    {
        using var folder = new TempFolder();
        folder.Write("材料.txt", Samples.Clean);
        var result = await folder.RunAsync("check", "--genre", "Poem", "材料.txt");
        Assert.True(result.ExitCode == 2, result.ToString());
        Assert.Contains("Poem", result.Stderr);
    }
}
