using System.Text;
using System.Text.Json;
using ReviewLint.Cli.Tests.Infrastructure;

namespace ReviewLint.Cli.Tests;

public class FixTests
{
    [Theory]
    [InlineData("utf-8", false, "\n")]
    [InlineData("utf-8", true, "\r\n")]
    [InlineData("gb18030", false, "\r\n")]
    [InlineData("utf-16le", true, "\n")]
    public async Task Fix_on_a_clean_file_leaves_its_bytes_alone(string encoding, bool bom, string newline)
    {
        using var folder = new TempFolder().OnlyRules();
        string path = folder.Write("材料.txt", Samples.Clean.ReplaceLineEndings(newline), EncodingOf(encoding), bom);
        byte[] before = File.ReadAllBytes(path);
        var result = await folder.RunAsync("check", "--fix", "材料.txt");
        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Equal(before, File.ReadAllBytes(path));
        Assert.Empty(Directory.GetFiles(folder.Path, "*.tmp", SearchOption.AllDirectories));
    }

    [TheoryNeedingRules("RL3001", "RL2001")]
    [InlineData("utf-8", false, "\n")]
    [InlineData("utf-8", true, "\r\n")]
    [InlineData("gb18030", false, "\r\n")]
    [InlineData("gb18030", false, "\n")]
    [InlineData("utf-16be", true, "\r\n")]
    public async Task Fix_applies_safe_fixes_keeping_encoding_bom_and_line_endings(string encoding, bool bom, string newline)
    {
        using var folder = new TempFolder().OnlyRules("RL3001", "RL2001");
        var textEncoding = EncodingOf(encoding);
        string path = folder.Write("材料.txt", Samples.WithDefects.ReplaceLineEndings(newline), textEncoding, bom);
        var result = await folder.RunAsync("check", "--fix", "材料.txt");
        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains("材料.txt：已应用 2 处安全修复", result.Stderr);

        byte[] expected = (bom ? Encodings.Bom(textEncoding) : []).Concat(textEncoding.GetBytes(Samples.WithDefectsFixed.ReplaceLineEndings(newline))).ToArray();
        Assert.Equal(expected, File.ReadAllBytes(path));
        Assert.Empty(Directory.GetFiles(folder.Path, "*.tmp", SearchOption.AllDirectories));

        var again = await folder.RunAsync("check", "-f", "json", "材料.txt");
        Assert.True(again.ExitCode == 0, again.ToString());
        using var json = JsonDocument.Parse(again.Stdout);
        Assert.Equal(0, json.RootElement.GetProperty("summary").GetProperty("fixable").GetInt32());
        Assert.Equal(encoding + (bom && encoding == "utf-8" ? "-bom" : ""), json.RootElement.GetProperty("files")[0].GetProperty("encoding").GetString());
    }

    [FactNeedingRules("RL3001", "RL2001")]
    public async Task Fix_dry_run_prints_a_unified_diff_and_changes_nothing()
    {
        using var folder = new TempFolder().OnlyRules("RL3001", "RL2001");
        string path = folder.Write("材料.txt", Samples.WithDefects, Encodings.Gb18030);
        byte[] before = File.ReadAllBytes(path);
        var result = await folder.RunAsync("check", "--fix-dry-run", "材料.txt");
        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Equal(before, File.ReadAllBytes(path));
        Assert.Equal(
            "--- a/材料.txt\n+++ b/材料.txt\n@@ -1,6 +1,6 @@\n" +
            " 青山村党支部组织生活会对照检查材料\n 一、存在的问题\n" +
            "-（一）理论学习方面。思想斗争还还不够经常，个别党员学用结合不够。\n-（二）制度执行方面。制度执行钢性不足，督促检查不够到位。\n" +
            "+（一）理论学习方面。思想斗争还不够经常，个别党员学用结合不够。\n+（二）制度执行方面。制度执行刚性不足，督促检查不够到位。\n" +
            " 二、整改措施\n （一）加强理论学习。每月开展一次集中学习。\n",
            result.Stdout);
    }

    [FactNeedingRules("RL3001")]
    public async Task Fix_on_standard_input_is_refused_with_a_message()
    {
        using var folder = new TempFolder().OnlyRules("RL3001");
        var result = await folder.RunWithInputAsync(Encoding.UTF8.GetBytes(Samples.WithDefects), "check", "--fix", "-");
        Assert.True(result.ExitCode == 1, result.ToString());
        Assert.Contains("<stdin>：标准输入无法就地修复", result.Stderr);
    }

    private static Encoding EncodingOf(string name) => name switch
    {
        "utf-16le" => Encodings.Utf16LE,
        "utf-16be" => Encodings.Utf16BE,
        "gb18030" => Encodings.Gb18030,
        _ => Encodings.Utf8,
    };
}
