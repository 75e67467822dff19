using System.Text;

namespace ReviewLint.Documents;

/// <summary>A text file's encoding and byte-order mark, detected on reading and reused to write the file back unchanged.</summary>
public sealed class TextEncoding
{
    private static readonly Lazy<Encoding> StrictGb18030 = new(() =>
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return Encoding.GetEncoding(54936, EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback);
    });

    private readonly Func<Encoding> _encoding;

    private TextEncoding(string name, Func<Encoding> encoding, byte[] preamble)
    {
        Name = name;
        _encoding = encoding;
        Preamble = preamble;
    }

    public static readonly TextEncoding Utf8 = new("utf-8", () => new UTF8Encoding(false, true), []);
    public static readonly TextEncoding Utf8Bom = new("utf-8-bom", () => new UTF8Encoding(false, true), [0xEF, 0xBB, 0xBF]);
    public static readonly TextEncoding Utf16LE = new("utf-16le", () => new UnicodeEncoding(false, false, true), [0xFF, 0xFE]);
    public static readonly TextEncoding Utf16BE = new("utf-16be", () => new UnicodeEncoding(true, false, true), [0xFE, 0xFF]);
    public static readonly TextEncoding Gb18030 = new("gb18030", () => StrictGb18030.Value, []);

    /// <summary>utf-8, utf-8-bom, utf-16le, utf-16be or gb18030 (which also covers GBK and GB2312 files).</summary>
    public string Name { get; }

    /// <summary>The byte-order mark written before the text (empty for utf-8 and gb18030).</summary>
    public ReadOnlyMemory<byte> Preamble { get; }

    /// <summary>The strict encoding: invalid input throws instead of being replaced.</summary>
    public Encoding Encoding => _encoding();

    /// <summary>The bytes of a file holding <paramref name="text"/> in this encoding, byte-order mark included.</summary>
    public byte[] GetBytes(string text)
    {
        var encoding = Encoding;
        var bytes = new byte[Preamble.Length + encoding.GetByteCount(text)];
        Preamble.Span.CopyTo(bytes);
        encoding.GetBytes(text, 0, text.Length, bytes, Preamble.Length);
        return bytes;
    }

    /// <summary>Detects the encoding of a text file and decodes it. A byte-order mark decides UTF-8 or UTF-16; without one,
    /// strict UTF-8 is tried first, then GB18030. Returns null when neither decodes the bytes.</summary>
    public static (TextEncoding Encoding, string Text)? Decode(ReadOnlySpan<byte> bytes)
    {
        foreach (var withBom in new[] { Utf8Bom, Utf16LE, Utf16BE })
            if (bytes.StartsWith(withBom.Preamble.Span))
                return TryDecode(withBom, bytes[withBom.Preamble.Length..]) is { } text ? (withBom, text) : null;
        if (TryDecode(Utf8, bytes) is { } utf8) return (Utf8, utf8);
        if (TryDecode(Gb18030, bytes) is { } gb) return (Gb18030, gb);
        return null;
    }

    private static string? TryDecode(TextEncoding encoding, ReadOnlySpan<byte> bytes)
    {
        try
        {
            return encoding.Encoding.GetString(bytes);
        }
        catch (DecoderFallbackException)
        {
            return null;
        }
    }

    public override string ToString() => Name;
}
