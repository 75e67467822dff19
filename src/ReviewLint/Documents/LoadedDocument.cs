namespace ReviewLint.Documents;

/// <summary>A report read from a file or stream: the document to analyze, how it was stored, and what is needed to write it back.</summary>
public sealed record LoadedDocument
{
    public required ReportDocument Document { get; init; }
    public required DocumentKind Kind { get; init; }

    /// <summary>The text encoding, or null for a .docx package.</summary>
    public TextEncoding? Encoding { get; init; }

    /// <summary>Whether encoding the decoded text again gives back the original bytes, so fixes can be written without other changes.</summary>
    public bool RoundTrips { get; init; }

    /// <summary>Length and last write time of the file when it was read (null for a stream), to refuse writing over a file changed since.</summary>
    public FileStamp? Stamp { get; init; }

    public string Path => Document.Path;

    /// <summary>The encoding name shown in reports: utf-8, utf-8-bom, utf-16le, utf-16be, gb18030, or docx.</summary>
    public string EncodingName => Encoding?.Name ?? "docx";

    /// <summary>Whether fixed text can be written back to the file: a text file (not .docx) read from disk whose bytes round-trip.</summary>
    public bool CanWriteBack => Kind != DocumentKind.Docx && Encoding is not null && RoundTrips && Stamp is not null;
}

/// <summary>A file's length and last write time at one moment.</summary>
public readonly record struct FileStamp(long Length, DateTime LastWriteTimeUtc)
{
    public static FileStamp Of(FileInfo file) => new(file.Length, file.LastWriteTimeUtc);
}
