using System.Text;
using Microsoft.AspNetCore.Http.Features;
using ReviewLint.Analysis;
using ReviewLint.Documents;
using ReviewLint.Formatting;

namespace ReviewLint.Web;

/// <summary>The web app: <c>GET /</c> serves the paste-and-check page, <c>POST /api/lint</c> returns the JSON contract of the CLI's
/// <c>--format json</c>, and <c>POST /api/view</c> the highlighted view of the HTML report. Both POSTs take multipart/form-data or
/// urlencoded (<c>file</c> = a .txt/.md/.docx upload, or <c>text</c> = pasted text), <c>text/plain</c>, or JSON <c>{"text": "…"}</c>;
/// errors come back as <c>{"error": "…"}</c> with a 4xx status and a Chinese message.</summary>
public static class ReviewLintWeb
{
    /// <summary>Where the app listens unless --urls or ASPNETCORE_URLS says otherwise: the loopback interface only.</summary>
    public const string DefaultUrl = "http://127.0.0.1:5080";

    /// <summary>Room for multipart headers and boundaries on top of <see cref="WebLimits.MaxRequestBytes"/>.</summary>
    private const long MultipartOverhead = 64 * 1024;

    public static WebApplication Create(string[] args)
    {
        var builder = WebApplication.CreateBuilder(args);
        if (string.IsNullOrEmpty(builder.Configuration["urls"])) builder.WebHost.UseUrls(DefaultUrl);
        var limits = builder.Configuration.GetSection("Limits").Get<WebLimits>() ?? new WebLimits();
        builder.Services.AddSingleton(limits);
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.Limits.MaxRequestBodySize = limits.MaxRequestBytes + MultipartOverhead);
        builder.Services.Configure<FormOptions>(form => form.MultipartBodyLengthLimit = limits.MaxRequestBytes + MultipartOverhead);
        builder.Services.AddReviewLint(builder.Configuration.GetSection("ReviewLint"));

        var app = builder.Build();
        app.MapGet("/", () => Results.Content(Page.Html(limits), "text/html; charset=utf-8"));
        app.MapPost("/api/lint", (HttpContext http, IReviewLinter linter, IEnumerable<DiagnosticAnalyzer> analyzers) =>
            LintAsync(http, linter, analyzers, limits, Json));
        app.MapPost("/api/view", (HttpContext http, IReviewLinter linter, IEnumerable<DiagnosticAnalyzer> analyzers) =>
            LintAsync(http, linter, analyzers, limits, View));
        return app;
    }

    private static async Task<IResult> LintAsync(HttpContext http, IReviewLinter linter, IEnumerable<DiagnosticAnalyzer> analyzers, WebLimits limits,
        Func<LintReport, IResult> respond)
    {
        LoadedDocument document;
        try
        {
            document = await WebInput.ReadAsync(http.Request, limits);
        }
        catch (WebInputException e)
        {
            return Results.Json(new { error = e.Message }, statusCode: e.StatusCode);
        }
        var result = await linter.AnalyzeAsync(document.Document, http.RequestAborted);
        var tool = new ToolInfo("ReviewLint", typeof(ReviewLinter).Assembly.GetName().Version?.ToString(3) ?? "");
        return respond(new LintReport(tool, analyzers.SelectMany(a => a.SupportedDiagnostics).Distinct().ToList(),
            [new FileReport(document.Path, document.EncodingName, result)], []));
    }

    private static IResult Json(LintReport report)
    {
        var writer = new StringWriter();
        new JsonFormatter().Write(report, writer);
        return Results.Content(writer.ToString(), "application/json; charset=utf-8");
    }

    /// <summary>The summary line, the filter bar and the highlighted text of the one document, as an HTML fragment.</summary>
    private static IResult View(LintReport report)
    {
        var file = report.Files[0];
        var html = new StringBuilder();
        html.Append("<h2>");
        HtmlHighlighter.Escape(html, file.Path);
        html.Append("</h2>\n<p class=\"rl-summary-line\">");
        HtmlHighlighter.Escape(html, TextFormatter.SummaryLine(report.Summary));
        html.Append("</p>\n").Append(HtmlFormatter.Filters(file.Result.Diagnostics));
        html.Append("<section class=\"rl-doc\" id=\"doc-0\">").Append(HtmlHighlighter.Render(file.Result.Document.Text.Content, file.Result.Diagnostics, "w-")).Append("</section>");
        return Results.Content(html.ToString(), "text/html; charset=utf-8");
    }
}
