using System.Globalization;
using ReviewLint.Text;

namespace ReviewLint.Documents;

/// <summary>Reads report files: text in UTF-8 (with or without BOM), UTF-16 with BOM or GB18030/GBK, Markdown as text, and .docx.
/// Anything that is not a readable, non-empty report within the size limit fails with a <see cref="DocumentReadException"/>.</summary>
public sealed class DocumentReader
{
    /// <summary>The default limit: 8 MiB, far above any real report (a long one is well under 200 KB).</summary>
    public const long DefaultMaxFileSize = 8L * 1024 * 1024;

    /// <summary>Largest text file in bytes, and largest text extracted from a .docx in characters.</summary>
    public long MaxFileSize { get; init; } = DefaultMaxFileSize;

    /// <summary>Largest .docx package; it may hold pictures, so it is allowed to be larger than its text.</summary>
    public long MaxDocxFileSize => MaxFileSize * 8;

    public LoadedDocument Read(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        var kind = DocumentKinds.FromPath(path);
        FileInfo file;
        byte[] bytes;
        try
        {
            file = new FileInfo(path);
            if (Directory.Exists(path)) throw Fail(path, DocumentReadError.Unreadable, "这是一个目录，不是文件。");
            if (!file.Exists) throw Fail(path, DocumentReadError.NotFound, "文件不存在。");
            long limit = kind == DocumentKind.Docx ? MaxDocxFileSize : MaxFileSize;
            if (file.Length > limit) throw TooLarge(path, file.Length, limit);
            bytes = File.ReadAllBytes(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or System.Security.SecurityException or NotSupportedException or ArgumentException)
        {
            throw Fail(path, DocumentReadError.Unreadable, $"无法读取：{e.Message}", e);
        }
        return FromBytes(bytes, path, kind) with { Stamp = FileStamp.Of(file) };
    }

    /// <summary>Reads a report from a stream (e.g. standard input); <paramref name="path"/> names it and its extension picks the kind.</summary>
    public LoadedDocument Read(Stream stream, string path)
    {
        ArgumentNullException.ThrowIfNull(stream);
        var kind = DocumentKinds.FromPath(path);
        long limit = kind == DocumentKind.Docx ? MaxDocxFileSize : MaxFileSize;
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        try
        {
            int read;
            while ((read = stream.Read(chunk)) > 0)
            {
                if (buffer.Length + read > limit) throw TooLarge(path, buffer.Length + read, limit, atLeast: true);
                buffer.Write(chunk, 0, read);
            }
        }
        catch (IOException e)
        {
            throw Fail(path, DocumentReadError.Unreadable, $"无法读取：{e.Message}", e);
        }
        return FromBytes(buffer.ToArray(), path, kind);
    }

    /// <summary>Decodes the bytes of a report of the given kind.</summary>
    public LoadedDocument FromBytes(byte[] bytes, string path, DocumentKind kind)
    {
        ArgumentNullException.ThrowIfNull(bytes);
        if (bytes.Length == 0) throw Fail(path, DocumentReadError.Empty, "文件是空的。");
        if (kind == DocumentKind.Docx) return ReadDocx(bytes, path);

        if (!HasByteOrderMark(bytes) && Array.IndexOf(bytes, (byte)0) is var nul and >= 0)
            throw Fail(path, DocumentReadError.Binary, $"这是二进制文件，不是文本（第 {nul + 1} 个字节为 NUL）。");
        if (TextEncoding.Decode(bytes) is not var (encoding, text))
            throw Fail(path, DocumentReadError.Undecodable, "无法解码：既不是有效的 UTF-8，也不是有效的 GB18030/GBK 文本。");
        CheckText(path, text);
        bool roundTrips = encoding.GetBytes(text).AsSpan().SequenceEqual(bytes);
        return new LoadedDocument
        {
            Document = ReportDocument.Create(path, SourceText.From(text)),
            Kind = kind,
            Encoding = encoding,
            RoundTrips = roundTrips,
        };
    }

    private LoadedDocument ReadDocx(byte[] bytes, string path)
    {
        string text;
        try
        {
            using var stream = new MemoryStream(bytes, writable: false);
            text = DocxText.Extract(stream);
        }
        catch (Exception e) when (e is InvalidDataException or FileFormatException or IOException or System.Xml.XmlException
                                       or DocumentFormat.OpenXml.Packaging.OpenXmlPackageException or InvalidOperationException)
        {
            throw Fail(path, DocumentReadError.InvalidDocx, $"不是有效的 .docx 文件：{e.Message}", e);
        }
        if (text.Length > MaxFileSize) throw TooLarge(path, text.Length, MaxFileSize, unit: "字符");
        CheckText(path, text);
        return new LoadedDocument { Document = ReportDocument.Create(path, SourceText.From(text)), Kind = DocumentKind.Docx };
    }

    private static void CheckText(string path, string text)
    {
        if (string.IsNullOrWhiteSpace(text)) throw Fail(path, DocumentReadError.Empty, "文件没有正文（只有空白）。");
        int controls = 0;
        foreach (char c in text)
        {
            if (c == '\0') throw Fail(path, DocumentReadError.Binary, "这是二进制文件，不是文本（含 NUL 字符）。");
            if (c < ' ' && c is not ('\t' or '\n' or '\r' or '\f' or '\v') || c == '\x7f') controls++;
        }
        if (controls > Math.Max(8, text.Length / 100))
            throw Fail(path, DocumentReadError.Binary, $"这像是二进制文件，不是文本（含 {controls} 个控制字符）。");
    }

    private static bool HasByteOrderMark(ReadOnlySpan<byte> bytes) =>
        bytes.StartsWith(TextEncoding.Utf8Bom.Preamble.Span) || bytes.StartsWith(TextEncoding.Utf16LE.Preamble.Span) ||
        bytes.StartsWith(TextEncoding.Utf16BE.Preamble.Span);

    private static DocumentReadException TooLarge(string path, long size, long limit, bool atLeast = false, string unit = "字节") =>
        Fail(path, DocumentReadError.TooLarge,
            $"文件过大：{(atLeast ? "超过 " : "")}{Describe(size, unit)}，上限为 {Describe(limit, unit)}。正式材料通常远小于此，请确认文件是否正确，或放宽读取上限（命令行选项 --max-file-size）。");

    private static string Describe(long size, string unit) => unit == "字节"
        ? size >= 1024 * 1024 ? string.Create(CultureInfo.InvariantCulture, $"{size / 1024.0 / 1024.0:0.#} MiB") : $"{size} 字节"
        : $"{size} {unit}";

    private static DocumentReadException Fail(string path, DocumentReadError error, string reason, Exception? inner = null) =>
        new(path, error, $"{path}：{reason}", inner);
}
