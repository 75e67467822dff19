using System.Text;

namespace ReviewLint.Cli.Tests.Infrastructure;

/// <summary>Encodings the tests write reports in.</summary>
public static class Encodings
{
    public static Encoding Gb18030 { get; } = CodePagesEncodingProvider.Instance.GetEncoding("GB18030")!;
    public static Encoding Utf8 { get; } = new UTF8Encoding(false);
    public static Encoding Utf16LE { get; } = new UnicodeEncoding(false, false);
    public static Encoding Utf16BE { get; } = new UnicodeEncoding(true, false);

    /// <summary>The byte-order mark of a UTF encoding (the instances above write none by themselves).</summary>
    public static byte[] Bom(Encoding encoding) => encoding.CodePage switch
    {
        65001 => [0xEF, 0xBB, 0xBF],
        1200 => [0xFF, 0xFE],
        1201 => [0xFE, 0xFF],
        _ => throw new ArgumentException($"{encoding.WebName} has no byte-order mark."),
    };
}
