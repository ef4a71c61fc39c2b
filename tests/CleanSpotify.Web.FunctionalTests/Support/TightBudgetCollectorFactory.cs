using Microsoft.AspNetCore.Hosting;

namespace CleanSpotify.Web.FunctionalTests.Support;

/// <summary>A <see cref="CollectorFactory"/> where each user may cause 4 Spotify calls a minute, so the collector's share (half) is 2.</summary>
public sealed class TightBudgetCollectorFactory : CollectorFactory
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("RateLimits:SpotifyCallsPerUserPerMinute", "4");
    }
}
