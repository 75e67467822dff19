namespace ReviewLint.Documents;

/// <summary>How a report file is read: as plain text, as Markdown text, or as a Word .docx package.</summary>
public enum DocumentKind
{
    PlainText,
    Markdown,
    Docx,
}

/// <summary>Maps file names to the <see cref="DocumentKind"/> they are read as.</summary>
public static class DocumentKinds
{
    /// <summary>The extensions a directory is searched for: .txt, .md and .docx.</summary>
    public static readonly IReadOnlyList<string> ReportExtensions = [".txt", ".md", ".docx"];

    /// <summary>.docx is a Word package, .md and .markdown Markdown; everything else is read as plain text.</summary>
    public static DocumentKind FromPath(string path) => Path.GetExtension(path).ToLowerInvariant() switch
    {
        ".docx" => DocumentKind.Docx,
        ".md" or ".markdown" => DocumentKind.Markdown,
        _ => DocumentKind.PlainText,
    };

    /// <summary>Whether a directory walk picks this file up as a report.</summary>
    public static bool IsReportFile(string path) =>
        ReportExtensions.Contains(Path.GetExtension(path).ToLowerInvariant()) && !Path.GetFileName(path).StartsWith("~$", StringComparison.Ordinal);
}
