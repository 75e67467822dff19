using System.Diagnostics;
using System.Net.WebSockets;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace ReviewLint.Web.Tests.Browser;

/// <summary>A headless Chromium started for one test class with a fresh profile, driven over the DevTools protocol
/// (one page target: navigate, evaluate script, set a file input, take a screenshot).</summary>
public sealed class Chromium : IAsyncDisposable
{
    private static readonly string[] Candidates = ["chromium", "chromium-browser", "google-chrome"];

    private readonly Process _process;
    private readonly string _profile;
    private readonly ClientWebSocket _socket;
    private int _nextId;

    private Chromium(Process process, string profile, ClientWebSocket socket) => (_process, _profile, _socket) = (process, profile, socket);

    /// <summary>The browser's executable (REVIEWLINT_CHROMIUM, or chromium on the PATH), or null when there is none.</summary>
    public static string? Executable { get; } = Find();

    private static string? Find()
    {
        if (Environment.GetEnvironmentVariable("REVIEWLINT_CHROMIUM") is { Length: > 0 } configured) return File.Exists(configured) ? configured : null;
        var folders = (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries);
        return Candidates.SelectMany(name => folders.Select(folder => Path.Combine(folder, name))).FirstOrDefault(File.Exists);
    }

    /// <summary>Where screenshots go: REVIEWLINT_SCREENSHOTS, or screenshots/ next to the test assembly.</summary>
    public static string ScreenshotFolder =>
        Environment.GetEnvironmentVariable("REVIEWLINT_SCREENSHOTS") is { Length: > 0 } folder ? folder : Path.Combine(AppContext.BaseDirectory, "screenshots");

    public static async Task<Chromium> StartAsync()
    {
        string profile = Path.Combine(Path.GetTempPath(), "reviewlint-chromium-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(profile);
        var start = new ProcessStartInfo(Executable ?? throw new InvalidOperationException("chromium is not installed"))
        {
            RedirectStandardError = true,
            RedirectStandardOutput = true,
        };
        foreach (string argument in new[]
                 {
                     "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                     "--disable-sync", "--remote-debugging-port=0", "--window-size=1200,1400", $"--user-data-dir={profile}", "about:blank",
                 })
            start.ArgumentList.Add(argument);
        var process = Process.Start(start)!;
        process.ErrorDataReceived += (_, _) => { };
        process.OutputDataReceived += (_, _) => { };
        process.BeginErrorReadLine();
        process.BeginOutputReadLine();
        try
        {
            int port = await DevToolsPortAsync(profile, process);
            using var http = new HttpClient();
            var targets = JsonNode.Parse(await http.GetStringAsync($"http://127.0.0.1:{port}/json/list"))!.AsArray();
            string url = targets.First(t => (string?)t!["type"] == "page")!["webSocketDebuggerUrl"]!.GetValue<string>();
            var socket = new ClientWebSocket();
            await socket.ConnectAsync(new Uri(url), CancellationToken.None);
            var browser = new Chromium(process, profile, socket);
            await browser.SendAsync("Page.enable");
            await browser.SendAsync("Runtime.enable");
            // A headless page never has window focus, so focus events would not fire without this.
            await browser.SendAsync("Emulation.setFocusEmulationEnabled", new { enabled = true });
            return browser;
        }
        catch
        {
            process.Kill(entireProcessTree: true);
            throw;
        }
    }

    /// <summary>Chromium writes the port it chose into DevToolsActivePort in the profile once it listens.</summary>
    private static async Task<int> DevToolsPortAsync(string profile, Process process)
    {
        string file = Path.Combine(profile, "DevToolsActivePort");
        for (int attempt = 0; attempt < 600; attempt++)
        {
            if (process.HasExited) throw new InvalidOperationException($"chromium exited with code {process.ExitCode}");
            if (File.Exists(file) && File.ReadAllLines(file) is [var port, ..] && int.TryParse(port, out int value)) return value;
            await Task.Delay(100);
        }
        throw new TimeoutException("chromium did not open its DevTools port within a minute");
    }

    public async Task<JsonNode?> SendAsync(string method, object? parameters = null)
    {
        int id = Interlocked.Increment(ref _nextId);
        byte[] request = JsonSerializer.SerializeToUtf8Bytes(new { id, method, @params = parameters ?? new { } });
        await _socket.SendAsync(request, WebSocketMessageType.Text, true, CancellationToken.None);
        var buffer = new byte[1 << 16];
        while (true)
        {
            using var message = new MemoryStream();
            WebSocketReceiveResult received;
            do
            {
                received = await _socket.ReceiveAsync(buffer, CancellationToken.None);
                message.Write(buffer, 0, received.Count);
            } while (!received.EndOfMessage);
            var reply = JsonNode.Parse(Encoding.UTF8.GetString(message.ToArray()))!;
            if ((int?)reply["id"] != id) continue; // an event
            if (reply["error"] is { } error) throw new InvalidOperationException($"{method}: {error.ToJsonString()}");
            return reply["result"];
        }
    }

    /// <summary>Opens <paramref name="url"/> and waits for the load to finish.</summary>
    public async Task NavigateAsync(string url)
    {
        await SendAsync("Page.navigate", new { url });
        await WaitForAsync("document.readyState === 'complete' && location.href !== 'about:blank'");
    }

    /// <summary>The value of a script expression (promises awaited), as JSON.</summary>
    public async Task<JsonNode?> EvaluateAsync(string expression)
    {
        var result = await SendAsync("Runtime.evaluate", new { expression, awaitPromise = true, returnByValue = true });
        if (result?["exceptionDetails"] is { } exception) throw new InvalidOperationException($"script failed: {exception.ToJsonString()}");
        return result?["result"]?["value"];
    }

    /// <summary>Waits until a script condition holds (polling; fails after 30 s so a broken page does not hang the run).</summary>
    public async Task WaitForAsync(string condition)
    {
        for (int attempt = 0; attempt < 300; attempt++)
        {
            if ((await EvaluateAsync($"!!({condition})"))?.GetValue<bool>() == true) return;
            await Task.Delay(100);
        }
        throw new TimeoutException($"condition never held: {condition}");
    }

    /// <summary>Puts a file into an &lt;input type="file"&gt; found by a script expression.</summary>
    public async Task SetFileAsync(string elementExpression, string path)
    {
        var element = await SendAsync("Runtime.evaluate", new { expression = elementExpression });
        string objectId = element!["result"]!["objectId"]!.GetValue<string>();
        await SendAsync("DOM.setFileInputFiles", new { files = new[] { path }, objectId });
    }

    /// <summary>Saves a PNG of the whole page under <see cref="ScreenshotFolder"/> and returns its path.</summary>
    public async Task<string> ScreenshotAsync(string name)
    {
        var result = await SendAsync("Page.captureScreenshot", new { format = "png", captureBeyondViewport = true });
        Directory.CreateDirectory(ScreenshotFolder);
        string path = Path.Combine(ScreenshotFolder, name + ".png");
        await File.WriteAllBytesAsync(path, Convert.FromBase64String(result!["data"]!.GetValue<string>()));
        return path;
    }

    public async ValueTask DisposeAsync()
    {
        try
        {
            if (_socket.State == WebSocketState.Open) await _socket.CloseAsync(WebSocketCloseStatus.NormalClosure, null, CancellationToken.None);
        }
        catch (WebSocketException)
        {
        }
        _socket.Dispose();
        if (!_process.HasExited) _process.Kill(entireProcessTree: true);
        await _process.WaitForExitAsync();
        _process.Dispose();
        try
        {
            Directory.Delete(_profile, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}

/// <summary>A test that needs Chromium: skipped, saying so, when it is not installed.</summary>
public sealed class ChromiumFactAttribute : FactAttribute
{
    public ChromiumFactAttribute()
    {
        if (Chromium.Executable is null)
            Skip = "chromium is not installed (Debian: apt-get install chromium, or set REVIEWLINT_CHROMIUM to its path): browser tests skipped";
    }
}
