namespace ReviewLint.Documents;

/// <summary>Why a file could not be read as a report.</summary>
public enum DocumentReadError
{
    NotFound,
    Unreadable,
    Empty,
    Binary,
    Undecodable,
    TooLarge,
    InvalidDocx,
}

/// <summary>A file could not be read as a report; the Chinese message names the file and the reason.</summary>
public sealed class DocumentReadException(string path, DocumentReadError error, string message, Exception? inner = null)
    : Exception(message, inner)
{
    public string Path => path;
    public DocumentReadError Error => error;
}
