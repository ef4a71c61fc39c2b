using Microsoft.AspNetCore.Hosting;

namespace CleanSpotify.Web.FunctionalTests.Support;

/// <summary>
/// A site on a fake clock whose per-user action limit (<c>RateLimits:ActionsPerUserPerMinute</c>) is lifted, for tests
/// that start more link attempts in a minute than a person would.
/// </summary>
public sealed class ManyActionsFactory : FakeClockFactory
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("RateLimits:ActionsPerUserPerMinute", "1000");
    }
}
