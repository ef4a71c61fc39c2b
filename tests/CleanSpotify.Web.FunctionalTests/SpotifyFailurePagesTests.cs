using System.Diagnostics;
using System.Net;
using CleanSpotify.SpotifySandbox;
using CleanSpotify.Web.FunctionalTests.Support;

namespace CleanSpotify.Web.FunctionalTests;

/// <summary>What a person sees when Spotify fails: development-mode walls, 5xx, and a Spotify that hangs.</summary>
public sealed class SpotifyFailurePagesTests(CleanSpotifyWebApplicationFactory factory) : IClassFixture<CleanSpotifyWebApplicationFactory>
{
    [Fact]
    public async Task Tracks_UserNotRegisteredInDevelopmentMode_Shows403WithWhoMustAddWhom()
    {
        using var session = await factory.SignedUpSessionAsync("notregistered");
        await session.LinkSuccessfullyAsAsync(Listeners.JazzSoul);
        factory.Sandbox.State.Faults.DevModeForbidden(DevModeWall.NotRegistered, Listeners.JazzSoul);
        try
        {
            var page = await session.GetPageAsync("/top/tracks");

            page.StatusCode.Should().Be(HttpStatusCode.Forbidden);
            page.Find("[data-testid=problem-message]")!.TextContent
                .Should().Contain("owner must add your Spotify account").And.Contain("User Management");
        }
        finally
        {
            factory.Sandbox.State.Faults.Reset();
        }
    }

    [Fact]
    public async Task Tracks_OwnerWithoutPremium_Shows403SayingTheOperatorMustRenew()
    {
        using var session = await factory.SignedUpSessionAsync("premium");
        await session.LinkSuccessfullyAsAsync(Listeners.IndieElectronic);
        factory.Sandbox.State.Faults.DevModeForbidden(DevModeWall.PremiumRequired, Listeners.IndieElectronic);
        try
        {
            var page = await session.GetPageAsync("/top/tracks");

            page.StatusCode.Should().Be(HttpStatusCode.Forbidden);
            page.Find("[data-testid=problem-message]")!.TextContent.Should().Contain("Premium").And.Contain("site operator");
        }
        finally
        {
            factory.Sandbox.State.Faults.Reset();
        }
    }

    [Fact]
    public async Task Tracks_OneTransient503_IsRetriedAndShowsTracks()
    {
        using var session = await factory.SignedUpSessionAsync("transient");
        await session.LinkSuccessfullyAsAsync(Listeners.ClassicalFilm);
        factory.Sandbox.State.Faults.ServerErrors(503, 1, Listeners.ClassicalFilm);

        var page = await session.GetPageAsync("/top/tracks?range=long_term");

        page.StatusCode.Should().Be(HttpStatusCode.OK);
        page.FindAll("li.track").Should().NotBeEmpty();
        factory.Sandbox.State.ApiCalls.Where(c => c.ListenerKey == Listeners.ClassicalFilm && c.Path.EndsWith("/top/tracks", StringComparison.Ordinal))
            .Select(c => c.StatusCode).TakeLast(2).Should().Equal(503, 200);
    }

    [Fact]
    public async Task Tracks_SpotifyKeepsFailing_ShowsFriendly503AfterTwoRetries()
    {
        using var session = await factory.SignedUpSessionAsync("failing");
        await session.LinkSuccessfullyAsAsync(Listeners.HipHopRnb);
        factory.Sandbox.State.Faults.ServerErrors(500, 10, Listeners.HipHopRnb);
        try
        {
            var page = await session.GetPageAsync("/top/tracks?range=short_term");

            page.StatusCode.Should().Be(HttpStatusCode.ServiceUnavailable);
            page.Find("[data-testid=problem-message]")!.TextContent.Should().Contain("Spotify is having trouble");
            factory.Sandbox.State.ApiCalls.Count(c => c.ListenerKey == Listeners.HipHopRnb && c.StatusCode == 500)
                .Should().Be(3, "one attempt and two retries, no more");
        }
        finally
        {
            factory.Sandbox.State.Faults.Reset();
        }
    }
}

/// <summary>A Spotify that never answers is cut off by the total timeout and costs the user a friendly page.</summary>
public sealed class SpotifyHangingTests(CleanSpotifyWebApplicationFactory factory) : IClassFixture<CleanSpotifyWebApplicationFactory>
{
    [Fact]
    public async Task Tracks_SpotifyHangs_IsCutOffWithFriendly503()
    {
        using var session = await factory.SignedUpSessionAsync("hang");
        await session.LinkSuccessfullyAsAsync(Listeners.JazzSoul);
        factory.Sandbox.State.Faults.Latency(TimeSpan.FromMinutes(2), Listeners.JazzSoul);
        try
        {
            var stopwatch = Stopwatch.StartNew();
            var page = await session.GetPageAsync("/top/tracks");
            stopwatch.Stop();

            page.StatusCode.Should().Be(HttpStatusCode.ServiceUnavailable);
            page.Find("[data-testid=problem-message]")!.TextContent.Should().Contain("took too long");
            stopwatch.Elapsed.Should().BeLessThan(TimeSpan.FromSeconds(30), "a hanging Spotify is cut off, never waited for");
        }
        finally
        {
            factory.Sandbox.State.Faults.Reset();
        }
    }
}
