using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using W = DocumentFormat.OpenXml.Wordprocessing;
using ReviewLint.Documents;

namespace ReviewLint.Tests.Documents;

public sealed class DocumentReaderTests : IDisposable
{
    private const string Report = "青石镇党委班子对照检查材料\r\n一、存在的问题\r\n思想斗争还不够经常。𠮷\r\n";
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "reviewlint-reader-tests", Guid.NewGuid().ToString("N"));
    private readonly DocumentReader _reader = new();

    public DocumentReaderTests() => Directory.CreateDirectory(_folder);

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private string WriteFile(string name, byte[] bytes)
    {
        string path = Path.Combine(_folder, name);
        File.WriteAllBytes(path, bytes);
        return path;
    }

    private static Encoding Gb18030 => CodePagesEncodingProvider.Instance.GetEncoding("GB18030")!;

    public static TheoryData<string, byte[]> Encoded => new()
    {
        { "utf-8", Encoding.UTF8.GetBytes(Report) },
        { "utf-8-bom", [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes(Report)] },
        { "utf-16le", [0xFF, 0xFE, .. Encoding.Unicode.GetBytes(Report)] },
        { "utf-16be", [0xFE, 0xFF, .. Encoding.BigEndianUnicode.GetBytes(Report)] },
        { "gb18030", Gb18030.GetBytes(Report) },
    };

    [Theory]
    [MemberData(nameof(Encoded))]
    public void Each_encoding_decodes_to_the_same_text_and_round_trips(string encoding, byte[] bytes)
    {
        var loaded = _reader.Read(WriteFile("材料.txt", bytes));
        Assert.Equal(Report, loaded.Document.Text.Content);
        Assert.Equal(encoding, loaded.EncodingName);
        Assert.True(loaded.RoundTrips);
        Assert.True(loaded.CanWriteBack);
        Assert.Equal(DocumentKind.PlainText, loaded.Kind);
    }

    [Fact]
    public void Gbk_bytes_are_read_as_gb18030()
    {
        byte[] gbk = [0xB6, 0xD4, 0xD5, 0xD5, 0xBC, 0xEC, 0xB2, 0xE9]; // 对照检查 in GBK
        var loaded = _reader.FromBytes(gbk, "gbk.txt", DocumentKind.PlainText);
        Assert.Equal("对照检查", loaded.Document.Text.Content);
        Assert.Equal("gb18030", loaded.EncodingName);
    }

    [Theory]
    [InlineData(new byte[] { 0x41, 0x00, 0x42 }, DocumentReadError.Binary)]
    [InlineData(new byte[] { 0xFF, 0xFE, 0x00, 0x00, 0x41, 0x00, 0x00, 0x00 }, DocumentReadError.Binary)]
    [InlineData(new byte[] { 0x80, 0x41, 0xFF }, DocumentReadError.Undecodable)]
    [InlineData(new byte[] { 0xFF, 0xFE, 0x41 }, DocumentReadError.Undecodable)]
    [InlineData(new byte[] { }, DocumentReadError.Empty)]
    [InlineData(new byte[] { 0x20, 0x0A, 0x09 }, DocumentReadError.Empty)]
    [InlineData(new byte[] { 0xEF, 0xBB, 0xBF }, DocumentReadError.Empty)]
    [InlineData(new byte[] { 0x01, 0x02, 0x03, 0x04, 0x05, 0x06, 0x07, 0x08, 0x0E, 0x0F, 0x41 }, DocumentReadError.Binary)]
    public void Bad_bytes_fail_with_the_reason_and_the_file_name(byte[] bytes, DocumentReadError error)
    {
        var exception = Assert.Throws<DocumentReadException>(() => _reader.FromBytes(bytes, "坏.txt", DocumentKind.PlainText));
        Assert.Equal(error, exception.Error);
        Assert.StartsWith("坏.txt：", exception.Message);
    }

    [Fact]
    public void Missing_file_directory_and_oversized_file_fail()
    {
        Assert.Equal(DocumentReadError.NotFound, Assert.Throws<DocumentReadException>(() => _reader.Read(Path.Combine(_folder, "无.txt"))).Error);
        Assert.Equal(DocumentReadError.Unreadable, Assert.Throws<DocumentReadException>(() => _reader.Read(_folder)).Error);
        string path = WriteFile("大.txt", Encoding.UTF8.GetBytes(Report));
        var small = new DocumentReader { MaxFileSize = 10 };
        var tooLarge = Assert.Throws<DocumentReadException>(() => small.Read(path));
        Assert.Equal(DocumentReadError.TooLarge, tooLarge.Error);
        Assert.Contains("上限为 10 字节", tooLarge.Message);
        Assert.Equal(DocumentReadError.TooLarge, Assert.Throws<DocumentReadException>(() => small.Read(new MemoryStream(new byte[100]), "-")).Error);
    }

    [Fact]
    public void Stream_input_is_decoded_but_cannot_be_written_back()
    {
        var loaded = _reader.Read(new MemoryStream(Gb18030.GetBytes(Report)), "报告.md");
        Assert.Equal((DocumentKind.Markdown, "gb18030", false), (loaded.Kind, loaded.EncodingName, loaded.CanWriteBack));
        Assert.Equal(Report, loaded.Document.Text.Content);
    }

    [Fact]
    public void Docx_body_paragraphs_tables_and_line_breaks_become_lines()
    {
        string path = Path.Combine(_folder, "材料.docx");
        using (var document = WordprocessingDocument.Create(path, WordprocessingDocumentType.Document))
        {
            var main = document.AddMainDocumentPart();
            main.Document = new Document(new Body(
                new Paragraph(new Run(new W.Text("青石镇党委")), new Run(new W.Text("班子对照检查材料"))),
                new Paragraph(),
                new Paragraph(new Run(new W.Text("一是"), new TabChar(), new W.Text("学习"), new Break(), new W.Text("不够深入。"))),
                new Paragraph(new Run(new W.Text("删去")), new DeletedRun(new Run(new DeletedText("旧文字")))),
                new Table(new TableRow(
                    new TableCell(new Paragraph(new Run(new W.Text("单元格一")))),
                    new TableCell(new Paragraph(new Run(new W.Text("单元格二")))))),
                new Paragraph(new Run(new W.Text("完")), new Run(new Break { Type = BreakValues.Page }))));
            main.Document.Save();
        }
        var loaded = _reader.Read(path);
        Assert.Equal((DocumentKind.Docx, "docx", false), (loaded.Kind, loaded.EncodingName, loaded.CanWriteBack));
        Assert.Equal("青石镇党委班子对照检查材料\n\n一是\t学习\n不够深入。\n删去\n单元格一\n单元格二\n完", loaded.Document.Text.Content);
    }

    [Fact]
    public void A_file_named_docx_that_is_not_a_package_fails_as_invalid_docx()
    {
        var exception = Assert.Throws<DocumentReadException>(() => _reader.Read(WriteFile("假.docx", Encoding.UTF8.GetBytes(Report))));
        Assert.Equal(DocumentReadError.InvalidDocx, exception.Error);
    }
}
