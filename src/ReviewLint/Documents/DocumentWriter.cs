namespace ReviewLint.Documents;

/// <summary>Writes fixed text back to the file it was read from, in its original encoding and byte-order mark, through a temporary
/// file in the same folder and an atomic rename, so a crash leaves either the old file or the new one, never a torn one.</summary>
public static class DocumentWriter
{
    /// <summary>Replaces the file of <paramref name="document"/> with <paramref name="newText"/>; throws <see cref="DocumentWriteException"/>
    /// when that cannot be done safely, leaving the file as it was.</summary>
    public static void WriteBack(LoadedDocument document, string newText)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(newText);
        string path = document.Path;
        if (document.Kind == DocumentKind.Docx) throw Refuse(path, ".docx 文件从不改写。");
        if (document.Encoding is null || document.Stamp is null) throw Refuse(path, "不是从磁盘读入的文本文件。");
        if (!document.RoundTrips) throw Refuse(path, $"按 {document.EncodingName} 重新编码得不到原文件的字节，改写会改动修复以外的内容。");
        var file = new FileInfo(path);
        if (!file.Exists || FileStamp.Of(file) != document.Stamp) throw Refuse(path, "文件在检查之后被改动过。");

        byte[] bytes = document.Encoding.GetBytes(newText);
        string directory = Path.GetDirectoryName(Path.GetFullPath(path))!;
        string temporary = Path.Combine(directory, $".{Path.GetFileName(path)}.{Guid.NewGuid():N}.reviewlint.tmp");
        try
        {
            using (var stream = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None))
            {
                stream.Write(bytes);
                stream.Flush(flushToDisk: true);
            }
            if (!OperatingSystem.IsWindows()) File.SetUnixFileMode(temporary, File.GetUnixFileMode(path));
            File.Move(temporary, path, overwrite: true);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            TryDelete(temporary);
            throw Refuse(path, $"写入失败，原文件未改动：{e.Message}", e);
        }
    }

    private static void TryDelete(string path)
    {
        try
        {
            File.Delete(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // The temporary file is left behind; the original file is intact either way.
        }
    }

    private static DocumentWriteException Refuse(string path, string reason, Exception? inner = null) =>
        new(path, $"{path}：未写入修复：{reason}", inner);
}

/// <summary>Fixed text was not written back; the Chinese message names the file and the reason, and the file is unchanged.</summary>
public sealed class DocumentWriteException(string path, string message, Exception? inner = null) : IOException(message, inner)
{
    public string Path => path;
}
