using System.Net;
using System.Text;
using System.Text.Json;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace ReviewLint.Web.Tests;

/// <summary>The app over real HTTP: the JSON contract, the highlighted view, and the messages for files it cannot check.</summary>
public class LintApiTests(WebAppFixture fixture) : IClassFixture<WebAppFixture>
{
    private const string Report = "青山村党支部2024年度组织生活会对照检查材料\n一、存在的问题\n制度钢性不足，落实不到位。\n";

    private HttpClient Client => fixture.App.Client;

    private static MultipartFormDataContent Form(string? text = null, (byte[] Bytes, string Name)? file = null)
    {
        var form = new MultipartFormDataContent();
        if (text is not null) form.Add(new StringContent(text, Encoding.UTF8), "text");
        if (file is { } f) form.Add(new ByteArrayContent(f.Bytes), "file", f.Name);
        return form;
    }

    private static async Task<string> ErrorOf(HttpResponseMessage response)
    {
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return json.RootElement.GetProperty("error").GetString()!;
    }

    [Fact]
    public void The_app_listens_on_the_loopback_interface_only()
    {
        Assert.Equal("127.0.0.1", fixture.App.Address.Host);
        Assert.Equal("http://127.0.0.1:5080", ReviewLintWeb.DefaultUrl);
    }

    [Fact]
    public async Task Pasted_text_returns_the_json_contract_with_utf16_offsets()
    {
        var response = await Client.PostAsync("/api/lint", Form(Report));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var file = json.RootElement.GetProperty("files")[0];
        Assert.Equal("粘贴的材料.txt", file.GetProperty("path").GetString());
        var finding = file.GetProperty("diagnostics").EnumerateArray().Single(d => d.GetProperty("id").GetString() == "RL2001");
        Assert.Equal("钢性", Report.Substring(finding.GetProperty("offset").GetInt32(), finding.GetProperty("length").GetInt32()));
        Assert.Equal("刚性", finding.GetProperty("fix").GetProperty("changes")[0].GetProperty("newText").GetString());
        Assert.Equal(1, json.RootElement.GetProperty("summary").GetProperty("files").GetInt32());
    }

    [Fact]
    public async Task Json_and_plain_text_bodies_are_accepted_too()
    {
        var fromJson = await Client.PostAsync("/api/lint", new StringContent(JsonSerializer.Serialize(new { text = Report }), Encoding.UTF8, "application/json"));
        var fromText = await Client.PostAsync("/api/lint", new StringContent(Report, Encoding.UTF8, "text/plain"));
        Assert.Equal(HttpStatusCode.OK, fromJson.StatusCode);
        Assert.Equal(await fromJson.Content.ReadAsStringAsync(), await fromText.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Uploaded_docx_is_read_like_the_cli_reads_it()
    {
        var response = await Client.PostAsync("/api/lint", Form(file: (Docx(Report.TrimEnd().Split('\n')), "材料.docx")));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var file = json.RootElement.GetProperty("files")[0];
        Assert.Equal(("材料.docx", "docx"), (file.GetProperty("path").GetString(), file.GetProperty("encoding").GetString()));
        Assert.Contains(file.GetProperty("diagnostics").EnumerateArray(), d => d.GetProperty("id").GetString() == "RL2001");
    }

    [Fact]
    public async Task View_returns_the_highlighted_text_with_the_finding_on_its_span()
    {
        var response = await Client.PostAsync("/api/view", Form(Report + "<b>&</b>"));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        string html = await response.Content.ReadAsStringAsync();
        Assert.Matches("<mark [^>]*data-rule=\"RL2001\"[^>]*>钢性</mark>", html);
        Assert.Contains("&lt;b&gt;&amp;&lt;/b&gt;", html);
        Assert.Contains("class=\"rl-filters\"", html);
    }

    [Fact]
    public async Task A_binary_upload_gets_415_with_a_chinese_message()
    {
        var response = await Client.PostAsync("/api/lint", Form(file: ([0x50, 0x4B, 0x00, 0x01, 0xFF, 0x00], "照片.txt")));
        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
        Assert.Contains("二进制文件", await ErrorOf(response));
    }

    [Fact]
    public async Task An_unsupported_file_type_gets_415_naming_the_types_it_accepts()
    {
        var response = await Client.PostAsync("/api/lint", Form(file: ("旧格式"u8.ToArray(), "材料.doc")));
        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
        string message = await ErrorOf(response);
        Assert.Contains("不支持的文件类型“.doc”", message);
        Assert.Contains(".docx", message);
    }

    [Fact]
    public async Task A_broken_docx_gets_415()
    {
        var response = await Client.PostAsync("/api/lint", Form(file: ("不是压缩包"u8.ToArray(), "材料.docx")));
        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
        Assert.Contains("材料.docx", await ErrorOf(response));
    }

    [Fact]
    public async Task An_empty_request_gets_400_asking_for_a_report()
    {
        var response = await Client.PostAsync("/api/lint", Form(""));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("没有收到材料", await ErrorOf(response));
    }

    [Fact]
    public async Task The_page_is_served_self_contained()
    {
        string page = await Client.GetStringAsync("/");
        Assert.Contains("<textarea id=\"rl-text\"", page);
        Assert.Contains("type=\"file\"", page);
        foreach (string external in new[] { "http:", "https:", " src=", "<link", "url(" })
            Assert.DoesNotContain(external, page, StringComparison.OrdinalIgnoreCase);
    }

    private static byte[] Docx(IEnumerable<string> paragraphs)
    {
        using var stream = new MemoryStream();
        using (var document = WordprocessingDocument.Create(stream, DocumentFormat.OpenXml.WordprocessingDocumentType.Document))
        {
            var main = document.AddMainDocumentPart();
            main.Document = new Document(new Body(paragraphs.Select(p => new Paragraph(new Run(new DocumentFormat.OpenXml.Wordprocessing.Text(p))))));
            main.Document.Save();
        }
        return stream.ToArray();
    }
}

/// <summary>Requests over the limits, on an app started with small limits.</summary>
public class SizeLimitTests
{
    [Fact]
    public async Task Oversize_requests_get_413_with_a_chinese_message()
    {
        await using var app = await WebApp.StartAsync("--Limits:MaxRequestBytes=2048", "--Limits:MaxTextChars=100");
        // The server answers 413 from the headers without reading an oversize body. Without "Expect: 100-continue" the client may
        // still be sending when the server closes the connection, and then sees a reset instead of the answer (a race under load).
        app.Client.DefaultRequestHeaders.ExpectContinue = true;
        var bigUpload = new MultipartFormDataContent { { new ByteArrayContent(new byte[200_000].Select(_ => (byte)'a').ToArray()), "file", "长.txt" } };
        var cases = new (string Name, HttpContent Content)[]
        {
            ("upload", bigUpload),
            ("plain", new StringContent(new string('字', 100_000), Encoding.UTF8, "text/plain")),
            ("long text", new StringContent(new string('字', 200), Encoding.UTF8, "text/plain")),
        };
        foreach (var (name, content) in cases)
        {
            var response = await app.Client.PostAsync("/api/lint", content);
            Assert.True(response.StatusCode == HttpStatusCode.RequestEntityTooLarge, $"{name}: {response.StatusCode}");
            using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
            Assert.Contains(name == "long text" ? "材料太长" : "材料太大", json.RootElement.GetProperty("error").GetString());
        }
    }
}
