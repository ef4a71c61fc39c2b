using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;

namespace CleanSpotify.SpotifySandbox;

/// <summary>Runs the sandbox in-process on a loopback port, for the Web host's offline mode and for tests.</summary>
public sealed class SandboxHost : IAsyncDisposable
{
    private readonly WebApplication _app;

    private SandboxHost(WebApplication app, Uri baseAddress, SandboxState state)
    {
        _app = app;
        BaseAddress = baseAddress;
        AccountsBaseUrl = new Uri(baseAddress.GetLeftPart(UriPartial.Authority));
        ApiBaseUrl = new Uri(baseAddress, "v1");
        State = state;
    }

    /// <summary>The sandbox's origin with a trailing slash, e.g. <c>http://127.0.0.1:41234/</c>.</summary>
    public Uri BaseAddress { get; }

    /// <summary>Where <c>/authorize</c> and <c>/api/token</c> live: the origin (its <see cref="Uri.OriginalString"/> has no trailing slash).</summary>
    public Uri AccountsBaseUrl { get; }

    /// <summary>Where <c>/me</c> and <c>/me/top/tracks</c> live, e.g. <c>http://127.0.0.1:41234/v1</c>.</summary>
    public Uri ApiBaseUrl { get; }

    public SandboxState State { get; }

    /// <summary>Starts Kestrel on 127.0.0.1:<paramref name="port"/> (0 picks a free port). Ignores the host app's configuration.</summary>
    public static async Task<SandboxHost> StartAsync(
        SandboxOptions options, TimeProvider? timeProvider = null, int port = 0, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(options);
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions
        {
            ApplicationName = typeof(SandboxHost).Assembly.GetName().Name,
            ContentRootPath = AppContext.BaseDirectory,
        });
        builder.Configuration.Sources.Clear();
        builder.Configuration.AddInMemoryCollection([new(WebHostDefaults.ServerUrlsKey, $"http://127.0.0.1:{port}")]);
        builder.Logging.SetMinimumLevel(LogLevel.Warning);

        var app = SandboxApplication.Build(builder, options, timeProvider ?? TimeProvider.System);
        try
        {
            await app.StartAsync(cancellationToken);
        }
        catch
        {
            await app.DisposeAsync();
            throw;
        }

        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return new SandboxHost(app, new Uri(address.TrimEnd('/') + "/"), app.Services.GetRequiredService<SandboxState>());
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
