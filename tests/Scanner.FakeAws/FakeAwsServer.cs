using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Scanner.AwsEmulator;
using Scanner.AwsEmulator.World;

namespace Scanner.FakeAws;

/// <summary>
/// The AWS emulator (<see cref="EmulatedAws"/>: wire protocols, SigV4, model validation, paging, faults, call log)
/// served on 127.0.0.1 (random free port) by Kestrel, for clients that need a real socket: the CLI in a child process,
/// the official AWS SDKs.
/// <code>
/// await using var aws = await FakeAwsServer.StartAsync(FakeScenarios.FieldReportOrganization());
/// // point clients at aws.BaseUrl (AWS_ENDPOINT_URL) with aws.ManagementCredentials
/// </code>
/// </summary>
public sealed class FakeAwsServer : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly EmulatedAws _aws;

    private FakeAwsServer(WebApplication app, EmulatedWorld world)
    {
        _app = app;
        _aws = new EmulatedAws(world);
    }

    public EmulatedWorld World => _aws.World;
    public EmulatedFaults Faults => _aws.Faults;

    /// <inheritdoc cref="EmulatedAws.Strict"/>
    public bool Strict { get => _aws.Strict; set => _aws.Strict = value; }

    /// <inheritdoc cref="EmulatedAws.PageSize"/>
    public int PageSize { get => _aws.PageSize; set => _aws.PageSize = value; }

    /// <inheritdoc cref="EmulatedAws.Latency"/>
    public TimeSpan Latency { get => _aws.Latency; set => _aws.Latency = value; }

    /// <inheritdoc cref="EmulatedAws.RateLimitPerSecond"/>
    public double? RateLimitPerSecond { get => _aws.RateLimitPerSecond; set => _aws.RateLimitPerSecond = value; }

    /// <inheritdoc cref="EmulatedAws.RateLimitBurst"/>
    public double? RateLimitBurst { get => _aws.RateLimitBurst; set => _aws.RateLimitBurst = value; }

    /// <summary>The base URL, <c>http://127.0.0.1:&lt;port&gt;/</c>: the value for AWS_ENDPOINT_URL.</summary>
    public Uri BaseUrl { get; private set; } = null!;

    /// <inheritdoc cref="EmulatedAws.ManagementCredentials"/>
    public EmulatedCredentials ManagementCredentials => _aws.ManagementCredentials;

    public IReadOnlyList<EmulatedCall> Calls => _aws.Calls;

    /// <inheritdoc cref="EmulatedAws.Exchanges"/>
    public IReadOnlyList<EmulatedExchange> Exchanges => _aws.Exchanges;

    /// <inheritdoc cref="EmulatedAws.IssuedSecrets"/>
    public IReadOnlyList<string> IssuedSecrets => _aws.IssuedSecrets;

    /// <summary>The environment a CLI run against this fake needs: endpoint, static keys, region.</summary>
    public IReadOnlyDictionary<string, string> EnvironmentVariables(string region = "us-east-1") => _aws.EnvironmentVariables(BaseUrl, region);

    public void ClearCalls() => _aws.ClearCalls();

    /// <inheritdoc cref="EmulatedAws.ResetRateLimits"/>
    public void ResetRateLimits() => _aws.ResetRateLimits();

    /// <inheritdoc cref="EmulatedAws.CreateStaticCredentials"/>
    public EmulatedCredentials CreateStaticCredentials(string accountId, string? accessKeyId = null) => _aws.CreateStaticCredentials(accountId, accessKeyId);

    public static FakeAwsServer Start(EmulatedWorld world) => StartAsync(world).GetAwaiter().GetResult();

    public static async Task<FakeAwsServer> StartAsync(EmulatedWorld world)
    {
        var builder = WebApplication.CreateEmptyBuilder(new WebApplicationOptions());
        builder.WebHost.UseKestrelCore().ConfigureKestrel(k =>
        {
            k.Listen(IPAddress.Loopback, 0);
            k.Limits.MaxRequestBodySize = 10 * 1024 * 1024;
        });
        builder.Services.AddRoutingCore();
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var server = new FakeAwsServer(app, world);
        app.Run(server.HandleAsync);
        await app.StartAsync().ConfigureAwait(false);
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        server.BaseUrl = new Uri(address.Replace("[::1]", "127.0.0.1", StringComparison.Ordinal).TrimEnd('/') + "/");
        return server;
    }

    private async Task HandleAsync(HttpContext http)
    {
        using var ms = new MemoryStream();
        await http.Request.Body.CopyToAsync(ms).ConfigureAwait(false);
        var rawTarget = http.Features.Get<IHttpRequestFeature>()?.RawTarget ?? http.Request.Path.Value ?? "/";
        var headers = http.Request.Headers.Select(h => KeyValuePair.Create(h.Key, h.Value.ToString()));
        var response = await _aws.RespondAsync(http.Request.Method, rawTarget, headers, ms.ToArray()).ConfigureAwait(false);
        http.Response.StatusCode = response.Status;
        http.Response.ContentType = response.ContentType;
        foreach (var (k, v) in response.Headers) http.Response.Headers[k] = v;
        await http.Response.Body.WriteAsync(response.Body).ConfigureAwait(false);
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync().ConfigureAwait(false);
        await _app.DisposeAsync().ConfigureAwait(false);
    }
}
