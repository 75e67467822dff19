using System.Text;
using System.Text.Json;
using ReviewLint.Cli.Tests.Infrastructure;

namespace ReviewLint.Cli.Tests;

public class InputTests
{
    [Theory]
    [InlineData("utf-8", false)]
    [InlineData("utf-8-bom", true)]
    [InlineData("utf-16le", true)]
    [InlineData("utf-16be", true)]
    [InlineData("gb18030", false)]
    public async Task Encoding_is_detected_and_reported(string expected, bool bom)
    {
        using var folder = new TempFolder().OnlyRules();
        folder.Write("材料.txt", Samples.Clean, EncodingOf(expected), bom);
        var result = await folder.RunAsync("check", "-f", "json", "材料.txt");
        Assert.True(result.ExitCode == 0, result.ToString());
        using var json = JsonDocument.Parse(result.Stdout);
        Assert.Equal(expected, json.RootElement.GetProperty("files")[0].GetProperty("encoding").GetString());
    }

    [TheoryNeedingRules("RL3001", "RL2001")]
    [InlineData("utf-8-bom", true)]
    [InlineData("utf-16le", true)]
    [InlineData("utf-16be", true)]
    [InlineData("gb18030", false)]
    public async Task Other_encodings_give_the_same_diagnostics_as_utf8(string encoding, bool bom)
    {
        using var folder = new TempFolder().OnlyRules("RL3001", "RL2001");
        folder.Write("utf8/材料.txt", Samples.WithDefects.ReplaceLineEndings("\r\n"));
        folder.Write("other/材料.txt", Samples.WithDefects.ReplaceLineEndings("\r\n"), EncodingOf(encoding), bom);
        var utf8 = await folder.RunAsync("check", "-f", "json", "utf8/材料.txt");
        var other = await folder.RunAsync("check", "-f", "json", "other/材料.txt");
        Assert.Equal(1, other.ExitCode);
        string expected = Diagnostics(utf8.Stdout), actual = Diagnostics(other.Stdout);
        Assert.Contains("RL3001", expected);
        Assert.Equal(expected, actual);
    }

    [Fact]
    public async Task Bad_inputs_are_each_reported_and_the_rest_of_the_batch_is_still_checked()
    {
        using var folder = new TempFolder().OnlyRules();
        folder.Write("a-好.txt", Samples.Clean);
        folder.WriteBytes("binary.txt", [0x50, 0x4B, 0x03, 0x04, 0x00, 0x00, 0x08, 0x00, 0xFF, 0x00]);
        folder.WriteBytes("empty.txt", []);
        folder.Write("blank.md", " \n\t\n");
        folder.WriteBytes("latin1.txt", [0x80, 0x81, 0xFF, 0x41]);
        folder.Write("z-好.txt", Samples.Clean);
        var result = await folder.RunAsync("check", "-f", "json", "a-好.txt", "binary.txt", "empty.txt", "blank.md", "latin1.txt", "missing.txt", "z-好.txt");
        Assert.True(result.ExitCode == 2, result.ToString());
        Assert.Contains("binary.txt：这是二进制文件", result.Stderr);
        Assert.Contains("empty.txt：文件是空的", result.Stderr);
        Assert.Contains("blank.md：文件没有正文", result.Stderr);
        Assert.Contains("latin1.txt：无法解码", result.Stderr);
        Assert.Contains("missing.txt：文件不存在", result.Stderr);
        using var json = JsonDocument.Parse(result.Stdout);
        Assert.Equal(["a-好.txt", "z-好.txt"], json.RootElement.GetProperty("files").EnumerateArray().Select(f => f.GetProperty("path").GetString()));
        Assert.Equal(5, json.RootElement.GetProperty("summary").GetProperty("unreadable").GetInt32());
    }

    [Fact]
    public async Task A_50_MB_single_line_is_refused_with_the_size_limit_in_the_message()
    {
        using var folder = new TempFolder().OnlyRules();
        string path = folder.File("巨大.txt");
        using (var stream = File.Create(path))
        {
            var chunk = Encoding.UTF8.GetBytes(new string('字', 1024 * 1024 / 3));
            while (stream.Length < 50L * 1024 * 1024) stream.Write(chunk);
        }
        folder.Write("材料.txt", Samples.Clean);
        var result = await folder.RunAsync("check", "巨大.txt", "材料.txt");
        Assert.True(result.ExitCode == 2, result.ToString());
        Assert.Contains("巨大.txt：文件过大", result.Stderr);
        Assert.Contains("8 MiB", result.Stderr);
        Assert.Contains("共检查 1 个文件", result.Stdout);

        var raised = await folder.RunAsync("check", "--max-file-size", "0.0001", "材料.txt");
        Assert.True(raised.ExitCode == 2, raised.ToString());
        Assert.Contains("材料.txt：文件过大", raised.Stderr);
    }

    [Fact]
    public async Task Directory_with_no_reports_is_an_error()
    {
        using var folder = new TempFolder();
        folder.Write("空目录/说明.pdf", "%PDF");
        var result = await folder.RunAsync("check", "空目录");
        Assert.True(result.ExitCode == 2, result.ToString());
        Assert.Contains("空目录：目录中没有 .txt、.md 或 .docx 文件", result.Stderr);
    }

    [Fact]
    public async Task Directories_are_searched_recursively_for_reports_skipping_hidden_and_build_folders_and_word_lock_files()
    {
        using var folder = new TempFolder().OnlyRules();
        folder.Write("材料/一.txt", Samples.Clean);
        folder.Write("材料/子/二.md", Samples.Clean);
        DocxFile.Write(folder.File("材料/三.docx"), Samples.Clean.TrimEnd('\n').Split('\n'));
        folder.Write("材料/说明.pdf", "%PDF-1.4");
        folder.Write("材料/.git/四.txt", Samples.Clean);
        folder.Write("材料/obj/Debug/五.txt", Samples.Clean);
        folder.Write("材料/子/bin/六.txt", Samples.Clean);
        folder.Write("材料/node_modules/七.md", Samples.Clean);
        folder.WriteBytes("材料/~$三.docx", [1, 2, 3]);
        var result = await folder.RunAsync("check", "-f", "json", "材料");
        Assert.True(result.ExitCode == 0, result.ToString());
        using var json = JsonDocument.Parse(result.Stdout);
        var paths = json.RootElement.GetProperty("files").EnumerateArray().Select(f => f.GetProperty("path").GetString()!.Replace('\\', '/'));
        Assert.Equal(["材料/一.txt", "材料/三.docx", "材料/子/二.md"], paths);
    }

    [Fact]
    public async Task Glob_patterns_match_files_and_an_empty_match_is_an_error()
    {
        using var folder = new TempFolder().OnlyRules();
        folder.Write("2024/一季度/总结.txt", Samples.Clean);
        folder.Write("2024/二季度/总结.txt", Samples.Clean);
        folder.Write("2024/二季度/草稿.md", Samples.Clean);
        var result = await folder.RunAsync("check", "-f", "json", "2024/**/*.txt");
        Assert.True(result.ExitCode == 0, result.ToString());
        using var json = JsonDocument.Parse(result.Stdout);
        Assert.Equal(2, json.RootElement.GetProperty("files").GetArrayLength());

        var none = await folder.RunAsync("check", "2024/**/*.docx");
        Assert.True(none.ExitCode == 2, none.ToString());
        Assert.Contains("没有与之匹配的文件", none.Stderr);
    }

    [Fact]
    public async Task Standard_input_is_read_with_encoding_detection_and_a_chosen_file_name()
    {
        using var folder = new TempFolder().OnlyRules();
        var result = await folder.RunWithInputAsync(Encodings.Gb18030.GetBytes(Samples.Clean), "check", "-f", "json", "-");
        Assert.True(result.ExitCode == 0, result.ToString());
        using (var json = JsonDocument.Parse(result.Stdout))
        {
            var file = json.RootElement.GetProperty("files")[0];
            Assert.Equal("<stdin>", file.GetProperty("path").GetString());
            Assert.Equal("gb18030", file.GetProperty("encoding").GetString());
        }

        var named = await folder.RunWithInputAsync(Encoding.UTF8.GetBytes(Samples.Clean), "check", "--stdin-filename", "报告.md", "-");
        Assert.True(named.ExitCode == 0, named.ToString());
        Assert.Equal("共检查 1 个文件，未发现问题。", named.Stdout.Trim());

        var empty = await folder.RunWithInputAsync([], "check", "-");
        Assert.True(empty.ExitCode == 2, empty.ToString());
        Assert.Contains("<stdin>：文件是空的", empty.Stderr);
    }

    [FactNeedingRules("RL3001")]
    public async Task Standard_input_findings_are_reported_under_its_name()
    {
        using var folder = new TempFolder().OnlyRules("RL3001");
        var result = await folder.RunWithInputAsync(Encoding.UTF8.GetBytes(Samples.WithDefects), "check", "--stdin-filename", "报告.txt", "-");
        Assert.True(result.ExitCode == 1, result.ToString());
        Assert.Contains("报告.txt(3,15): warning RL3001: ", result.Stdout);
    }

    [Fact]
    public async Task Docx_is_read_and_reported_as_docx()
    {
        using var folder = new TempFolder().OnlyRules();
        DocxFile.Write(folder.File("材料.docx"), Samples.Clean.TrimEnd('\n').Split('\n'));
        var result = await folder.RunAsync("check", "-f", "json", "材料.docx");
        Assert.True(result.ExitCode == 0, result.ToString());
        using var json = JsonDocument.Parse(result.Stdout);
        Assert.Equal("docx", json.RootElement.GetProperty("files")[0].GetProperty("encoding").GetString());
    }

    [Fact]
    public async Task A_file_named_docx_that_is_not_a_word_package_is_an_input_error()
    {
        using var folder = new TempFolder();
        folder.Write("假的.docx", Samples.Clean);
        var result = await folder.RunAsync("check", "假的.docx");
        Assert.True(result.ExitCode == 2, result.ToString());
        Assert.Contains("假的.docx：不是有效的 .docx 文件", result.Stderr);
    }

    [FactNeedingRules("RL3001", "RL2001")]
    public async Task Docx_findings_point_at_paragraph_lines_and_are_never_fixed_in_place()
    {
        using var folder = new TempFolder().OnlyRules("RL3001", "RL2001");
        string path = folder.File("材料.docx");
        DocxFile.Write(path, Samples.WithDefects.TrimEnd('\n').Split('\n'));
        byte[] before = File.ReadAllBytes(path);
        var result = await folder.RunAsync("check", "--fix", "材料.docx");
        Assert.True(result.ExitCode == 1, result.ToString());
        Assert.Contains("材料.docx(3,15): warning RL3001: ", result.Stdout);
        Assert.Contains("材料.docx(4,15): warning RL2001: ", result.Stdout);
        Assert.Contains("材料.docx：.docx 文件不会被改写", result.Stderr);
        Assert.Equal(before, File.ReadAllBytes(path));
    }

    private static Encoding EncodingOf(string name) => name switch
    {
        "utf-16le" => Encodings.Utf16LE,
        "utf-16be" => Encodings.Utf16BE,
        "gb18030" => Encodings.Gb18030,
        _ => Encodings.Utf8,
    };

    /// <summary>The diagnostics array of the first file of a JSON report, as text.</summary>
    private static string Diagnostics(string json)
    {
        using var document = JsonDocument.Parse(json);
        return document.RootElement.GetProperty("files")[0].GetProperty("diagnostics").GetRawText();
    }
}
