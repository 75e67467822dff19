using ReviewLint.Cli.CommandLine;

namespace ReviewLint.Cli.Tests.Unit;

public class ArgumentParserTests
{
    private static readonly IReadOnlyList<OptionSpec> Specs =
    [
        new("format", 'f', "格式", "格式", ["text", "json"]),
        new("output", 'o', "文件", "输出"),
        new("quiet", 'q', null, "安静"),
    ];

    [Fact]
    public void Long_short_inline_values_flags_dash_and_double_dash_are_understood()
    {
        var parsed = ArgumentParser.Parse(["-f", "JSON", "--output=out.json", "a.txt", "-q", "-", "--", "--quiet"], Specs);
        Assert.Equal("json", parsed.Value("format"));
        Assert.Equal("out.json", parsed.Value("output"));
        Assert.True(parsed.Has("quiet"));
        Assert.Equal(["a.txt", "-", "--quiet"], parsed.Positionals);
    }

    [Theory]
    [InlineData("--formt", "未知的选项“--formt”。是否想用 --format？")]
    [InlineData("--output", "选项 --output 缺少值 <文件>。")]
    [InlineData("--quiet=yes", "选项 --quiet 不带值。")]
    [InlineData("--format=xml", "选项 --format 的值“xml”无效，可选：text、json。")]
    [InlineData("-x", "未知的选项“-x”。")]
    public void Mistakes_are_explained_in_chinese(string arg, string message)
    {
        Assert.Equal(message, Assert.Throws<UsageException>(() => ArgumentParser.Parse([arg], Specs)).Message);
    }

    [Fact]
    public void Help_lines_are_aligned_by_display_width()
    {
        var lines = ArgumentParser.Describe(Specs).Split(Environment.NewLine);
        Assert.Equal(3, lines.Length);
        Assert.Single(lines.Select(line => ArgumentParser.Width(line[..line.LastIndexOf(' ')])).Distinct());
    }
}
