using System.Text;
using System.Text.Json;
using ReviewLint.Documents;

namespace ReviewLint.Web;

/// <summary>A request that carries no checkable report; the message is shown to the person as it is.</summary>
public sealed class WebInputException(int statusCode, string message) : Exception(message)
{
    public int StatusCode => statusCode;
}

/// <summary>Reads the report out of a request (an uploaded file, pasted text, a text/plain body or JSON), within the size limits,
/// through <see cref="DocumentReader"/> so that binary, undecodable and broken .docx files get the same messages as in the CLI.</summary>
public static class WebInput
{
    /// <summary>The name given to pasted text.</summary>
    public const string PastedName = "粘贴的材料.txt";

    public static async Task<LoadedDocument> ReadAsync(HttpRequest request, WebLimits limits)
    {
        if (request.ContentLength > limits.MaxRequestBytes + 64 * 1024) throw TooLarge(limits);
        var (bytes, name) = await ReadBodyAsync(request, limits);
        if (bytes.Length == 0) throw new WebInputException(StatusCodes.Status400BadRequest, "没有收到材料：请粘贴材料文字，或选择一个 .txt、.docx 文件。");
        if (bytes.Length > limits.MaxRequestBytes) throw TooLarge(limits);
        var reader = new DocumentReader { MaxFileSize = limits.MaxRequestBytes };
        LoadedDocument document;
        try
        {
            document = reader.FromBytes(bytes, name, DocumentKinds.FromPath(name));
        }
        catch (DocumentReadException e)
        {
            int status = e.Error switch
            {
                DocumentReadError.TooLarge => StatusCodes.Status413PayloadTooLarge,
                DocumentReadError.Binary or DocumentReadError.Undecodable or DocumentReadError.InvalidDocx => StatusCodes.Status415UnsupportedMediaType,
                _ => StatusCodes.Status400BadRequest,
            };
            throw new WebInputException(status, e.Message);
        }
        if (document.Document.Text.Length > limits.MaxTextChars)
            throw new WebInputException(StatusCodes.Status413PayloadTooLarge,
                $"材料太长：共 {document.Document.Text.Length:N0} 字，网页版每次最多检查 {limits.MaxTextChars:N0} 字。请分开检查，或使用命令行 reviewlint check。");
        return document;
    }

    private static async Task<(byte[] Bytes, string Name)> ReadBodyAsync(HttpRequest request, WebLimits limits)
    {
        try
        {
            if (request.HasFormContentType)
            {
                var form = await request.ReadFormAsync(request.HttpContext.RequestAborted);
                if (form.Files.GetFile("file") is { Length: > 0 } file)
                {
                    string name = Path.GetFileName(file.FileName);
                    CheckExtension(name);
                    if (file.Length > limits.MaxRequestBytes) throw TooLarge(limits);
                    using var stream = new MemoryStream();
                    await file.CopyToAsync(stream, request.HttpContext.RequestAborted);
                    return (stream.ToArray(), name);
                }
                return (Encoding.UTF8.GetBytes(form["text"].ToString()), PastedName);
            }
            using var body = new MemoryStream();
            await request.Body.CopyToAsync(body, request.HttpContext.RequestAborted);
            if (request.ContentType?.StartsWith("application/json", StringComparison.OrdinalIgnoreCase) == true)
                return (Encoding.UTF8.GetBytes(TextOf(body.ToArray())), PastedName);
            return (body.ToArray(), PastedName);
        }
        catch (BadHttpRequestException e) when (e.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            throw TooLarge(limits);
        }
        catch (InvalidDataException)
        {
            // The multipart reader's own limits (a section or the whole body too long).
            throw TooLarge(limits);
        }
    }

    private static string TextOf(byte[] json)
    {
        try
        {
            using var document = JsonDocument.Parse(json);
            return document.RootElement.TryGetProperty("text", out var text) && text.ValueKind == JsonValueKind.String ? text.GetString()! : "";
        }
        catch (JsonException)
        {
            throw new WebInputException(StatusCodes.Status400BadRequest, "请求不是有效的 JSON：应为 {\"text\": \"材料全文\"}。");
        }
    }

    private static void CheckExtension(string name)
    {
        string extension = Path.GetExtension(name).ToLowerInvariant();
        if (DocumentKinds.ReportExtensions.Contains(extension)) return;
        string hint = extension == ".doc" ? "旧版 .doc 请先在 Word 中“另存为” .docx。" : extension == ".wps" ? "WPS 文档请先另存为 .docx。" : "";
        throw new WebInputException(StatusCodes.Status415UnsupportedMediaType,
            $"{name}：不支持的文件类型{(extension.Length > 0 ? $"“{extension}”" : "")}，请上传 .txt、.md 或 .docx 文件。{hint}");
    }

    private static WebInputException TooLarge(WebLimits limits) =>
        new(StatusCodes.Status413PayloadTooLarge, $"材料太大：网页版每次最多接收 {limits.RequestSizeText}。请删去图片后再上传，或分开检查，或使用命令行 reviewlint check。");
}
