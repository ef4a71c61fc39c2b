using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace CleanSpotify.Web.FunctionalTests.Support;

/// <summary>A factory whose site runs on a <see cref="FakeTimeProvider"/> (the sandbox keeps real time).</summary>
public class FakeClockFactory : CleanSpotifyWebApplicationFactory
{
    public FakeTimeProvider Clock { get; } = new(DateTimeOffset.UtcNow);

    protected override void ConfigureTestServices(IServiceCollection services) => services.AddSingleton<TimeProvider>(Clock);
}
