using System.Text;
using ReviewLint.Documents;

namespace ReviewLint.Tests.Documents;

public sealed class DocumentWriterTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "reviewlint-writer-tests", Guid.NewGuid().ToString("N"));

    public DocumentWriterTests() => Directory.CreateDirectory(_folder);

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void Write_back_keeps_gb18030_and_crlf_and_leaves_no_temporary_file()
    {
        var gb = CodePagesEncodingProvider.Instance.GetEncoding("GB18030")!;
        string path = Path.Combine(_folder, "材料.txt");
        File.WriteAllBytes(path, gb.GetBytes("一、问题\r\n思想斗争还还不够经常。\r\n"));
        var loaded = new DocumentReader().Read(path);
        DocumentWriter.WriteBack(loaded, "一、问题\r\n思想斗争还不够经常。\r\n");
        Assert.Equal(gb.GetBytes("一、问题\r\n思想斗争还不够经常。\r\n"), File.ReadAllBytes(path));
        Assert.Equal(["材料.txt"], Directory.GetFiles(_folder).Select(Path.GetFileName));
    }

    [Fact]
    public void Write_back_keeps_the_utf8_byte_order_mark_and_the_file_mode()
    {
        string path = Path.Combine(_folder, "材料.md");
        File.WriteAllBytes(path, [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes("钢性不足\n")]);
        if (!OperatingSystem.IsWindows()) File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.GroupRead);
        DocumentWriter.WriteBack(new DocumentReader().Read(path), "刚性不足\n");
        Assert.Equal([0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes("刚性不足\n")], File.ReadAllBytes(path));
        if (!OperatingSystem.IsWindows())
            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.GroupRead, File.GetUnixFileMode(path));
    }

    [Fact]
    public void A_file_changed_since_it_was_read_is_not_overwritten()
    {
        string path = Path.Combine(_folder, "材料.txt");
        File.WriteAllText(path, "钢性不足\n");
        var loaded = new DocumentReader().Read(path);
        File.WriteAllText(path, "钢性不足，另有修改\n");
        var exception = Assert.Throws<DocumentWriteException>(() => DocumentWriter.WriteBack(loaded, "刚性不足\n"));
        Assert.Contains("被改动过", exception.Message);
        Assert.Equal("钢性不足，另有修改\n", File.ReadAllText(path));
    }

    [Fact]
    public void Streams_are_never_written()
    {
        var loaded = new DocumentReader().Read(new MemoryStream(Encoding.UTF8.GetBytes("钢性不足\n")), "<stdin>");
        Assert.Throws<DocumentWriteException>(() => DocumentWriter.WriteBack(loaded, "刚性不足\n"));
    }
}
