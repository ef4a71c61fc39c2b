using Microsoft.AspNetCore.Hosting;

namespace CleanSpotify.Web.FunctionalTests.Support;

/// <summary>A factory whose site runs the collector the way a deployment does: Quartz on the site's database, a sweep every second.</summary>
public sealed class ScheduledCollectorFactory : CleanSpotifyWebApplicationFactory
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("History:Enabled", "true");
        builder.UseSetting("History:SweepInterval", "00:00:01");
    }
}
