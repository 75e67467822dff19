using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using ReviewLint.Web;

namespace ReviewLint.Web.Tests;

/// <summary>The web app running in-process on 127.0.0.1 with a free port (Kestrel, port 0), and a client for it.</summary>
public sealed class WebApp : IAsyncDisposable
{
    private readonly WebApplication _app;

    private WebApp(WebApplication app, Uri address)
    {
        _app = app;
        Address = address;
        // A request sent with "Expect: 100-continue" waits this long for the server's first answer before sending its body anyway
        // (default 1 s): a server still warming up on a busy machine must not turn an early 413 into a reset connection.
        Client = new HttpClient(new SocketsHttpHandler { Expect100ContinueTimeout = TimeSpan.FromSeconds(30) }) { BaseAddress = address };
    }

    public Uri Address { get; }

    public HttpClient Client { get; }

    /// <summary>Starts the app with extra command-line arguments (e.g. <c>--Limits:MaxRequestBytes=1000</c>).</summary>
    public static async Task<WebApp> StartAsync(params string[] args)
    {
        var app = ReviewLintWeb.Create(["--urls", "http://127.0.0.1:0", "--Logging:LogLevel:Default=Warning", .. args]);
        await app.StartAsync();
        string address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single();
        return new WebApp(app, new Uri(address));
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}

/// <summary>One app with the default limits, shared by a test class (jieba loads once).</summary>
public sealed class WebAppFixture : IAsyncLifetime
{
    public WebApp App { get; private set; } = null!;

    public async Task InitializeAsync() => App = await WebApp.StartAsync();

    public async Task DisposeAsync() => await App.DisposeAsync();
}
