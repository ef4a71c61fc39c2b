using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace CleanSpotify.Web.FunctionalTests.Support;

/// <summary>
/// A site whose clock stands at <see cref="Now"/> (Wednesday 20 January 2027, noon UTC: winter, so Europe/Berlin is
/// UTC+1), for pages whose presets and days depend on today.
/// </summary>
public sealed class ListeningFactory : CleanSpotifyWebApplicationFactory
{
    public static readonly DateTimeOffset Now = new(2027, 1, 20, 12, 0, 0, TimeSpan.Zero);

    public FakeTimeProvider Clock { get; } = new(Now);

    protected override void ConfigureTestServices(IServiceCollection services) => services.AddSingleton<TimeProvider>(Clock);
}
