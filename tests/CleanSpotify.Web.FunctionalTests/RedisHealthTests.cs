using System.Diagnostics;
using System.Net;
using CleanSpotify.Tests.Shared;
using CleanSpotify.Web.FunctionalTests.Support;
using Microsoft.AspNetCore.Hosting;

namespace CleanSpotify.Web.FunctionalTests;

/// <summary>A site whose <c>ConnectionStrings:Redis</c> points at a loopback port nothing listens on.</summary>
public sealed class RedisDownFactory : CleanSpotifyWebApplicationFactory
{
    private readonly int _closedPort = FreeTcpPort.Pick();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("ConnectionStrings:Redis", $"127.0.0.1:{_closedPort}");
    }

}

/// <summary>A site with the loopback Redis server as HybridCache's second level.</summary>
public sealed class RedisUpFactory : CleanSpotifyWebApplicationFactory
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("ConnectionStrings:Redis", TestServers.Redis);
    }
}

/// <summary>
/// With Redis configured, readiness also needs Redis, and says so quickly when Redis is gone; liveness does not.
/// Pages keep working on the in-memory cache while Redis is down.
/// </summary>
public sealed class RedisDownTests(RedisDownFactory factory) : IClassFixture<RedisDownFactory>
{
    [Fact]
    public async Task Health_RedisUnreachable_ReadyAnswers503QuicklyAndLiveStaysHealthyWithoutCallingSpotify()
    {
        using var client = factory.CreateClient();
        var callsBefore = factory.Sandbox.State.ApiCalls.Count;
        var tokenRequestsBefore = factory.Sandbox.State.TokenRequestCount;
        var clock = Stopwatch.StartNew();

        var ready = await client.GetAsync(new Uri("/health/ready", UriKind.Relative), TestContext.Current.CancellationToken);
        var readyTook = clock.Elapsed;
        var live = await client.GetAsync(new Uri("/health/live", UriKind.Relative), TestContext.Current.CancellationToken);

        ready.StatusCode.Should().Be(HttpStatusCode.ServiceUnavailable);
        (await ready.Content.ReadAsStringAsync(TestContext.Current.CancellationToken)).Should().Be("Unhealthy");
        readyTook.Should().BeLessThan(TimeSpan.FromSeconds(5), "a load balancer's probe must not wait on a dead Redis");
        live.StatusCode.Should().Be(HttpStatusCode.OK);
        factory.Sandbox.State.ApiCalls.Count.Should().Be(callsBefore);
        factory.Sandbox.State.TokenRequestCount.Should().Be(tokenRequestsBefore);
    }

    [Fact]
    public async Task Pages_RedisUnreachable_RenderPromptlyAndCacheInMemory()
    {
        using var session = await factory.SignedUpSessionAsync("redis-down");
        await session.LinkSuccessfullyAsAsync(Listeners.JazzSoul);

        // The instance's first cache access waits once for the connection attempt; later ones must not wait at all.
        (await session.GetAsync("/top/tracks?range=short_term")).StatusCode.Should().Be(HttpStatusCode.OK);
        var clock = Stopwatch.StartNew();
        var first = await session.GetPageAsync("/top/tracks?range=long_term");
        var firstTook = clock.Elapsed;
        var second = await session.GetPageAsync("/top/tracks?range=long_term");

        firstTook.Should().BeLessThan(TimeSpan.FromSeconds(3), "a dead Redis must not hold a page for its 5 s command timeout");
        first.StatusCode.Should().Be(HttpStatusCode.OK);
        first.FindAll("li.track .track-name").Should().NotBeEmpty();
        second.StatusCode.Should().Be(HttpStatusCode.OK);
        factory.Sandbox.State.ApiCalls.Count(c => c.ListenerKey == Listeners.JazzSoul && c.Path.EndsWith("/me/top/tracks", StringComparison.Ordinal))
            .Should().Be(2, "each range is read once; the repeated view is served from the in-memory level");
    }
}

/// <summary>With the real Redis reachable, readiness is healthy.</summary>
public sealed class RedisUpTests(RedisUpFactory factory) : IClassFixture<RedisUpFactory>
{
    [Fact]
    public async Task Ready_RedisReachable_AnswersHealthy()
    {
        using var client = factory.CreateClient();

        var ready = await client.GetAsync(new Uri("/health/ready", UriKind.Relative), TestContext.Current.CancellationToken);

        ready.StatusCode.Should().Be(HttpStatusCode.OK);
        (await ready.Content.ReadAsStringAsync(TestContext.Current.CancellationToken)).Should().Be("Healthy");
    }
}
