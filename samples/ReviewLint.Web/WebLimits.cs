namespace ReviewLint.Web;

/// <summary>Input size limits of the web page and API (bound from the "Limits" configuration section).</summary>
public sealed class WebLimits
{
    /// <summary>Largest request body in bytes (an uploaded .docx with pictures included): 4 MiB by default.</summary>
    public long MaxRequestBytes { get; set; } = 4L * 1024 * 1024;

    /// <summary>Largest report text in characters (pasted or extracted from a file): 200,000 by default, far above a long report.</summary>
    public int MaxTextChars { get; set; } = 200_000;

    /// <summary>A readable description of the limit, e.g. "4 MB".</summary>
    public string RequestSizeText => MaxRequestBytes >= 1024 * 1024 ? $"{MaxRequestBytes / (1024.0 * 1024):0.#} MB" : $"{MaxRequestBytes / 1024.0:0.#} KB";
}
