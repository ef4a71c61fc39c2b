using System.Net;
using CleanSpotify.Web.FunctionalTests.Support;

namespace CleanSpotify.Web.FunctionalTests;

/// <summary>
/// Spotify economy: one Spotify call per user, list, range and page per cache period, however many views; fresh
/// data on Refresh; an older copy, clearly marked, when Spotify fails.
/// </summary>
public sealed class CachingTests(CleanSpotifyWebApplicationFactory factory) : IClassFixture<CleanSpotifyWebApplicationFactory>
{
    [Fact]
    public async Task Tracks_TenViewsAndTenConcurrentViews_MakeOneSpotifyCall()
    {
        using var session = await factory.SignedUpSessionAsync("economy");
        await session.LinkSuccessfullyAsAsync(Listeners.IndieElectronic);
        using var other = factory.NewSession();
        await other.LoginAsync(session.Email!, TestEmails.Password);

        for (var view = 0; view < 10; view++)
        {
            (await session.GetAsync("/top/tracks?range=long_term")).StatusCode.Should().Be(HttpStatusCode.OK);
        }

        var concurrent = await Task.WhenAll(Enumerable.Range(0, 10).Select(_ => other.GetAsync("/top/tracks?range=long_term")));

        concurrent.Should().OnlyContain(r => r.StatusCode == HttpStatusCode.OK);
        TopTrackCalls(Listeners.IndieElectronic).Should().Be(1);
    }

    [Fact]
    public async Task Tracks_ConcurrentFirstViews_ShareOneSpotifyCall()
    {
        using var session = await factory.SignedUpSessionAsync("stampede");
        await session.LinkSuccessfullyAsAsync(Listeners.ClassicalFilm);

        var views = await Task.WhenAll(Enumerable.Range(0, 10).Select(_ => session.GetAsync("/top/tracks?range=short_term")));

        views.Should().OnlyContain(r => r.StatusCode == HttpStatusCode.OK);
        TopTrackCalls(Listeners.ClassicalFilm).Should().Be(1);
    }

    [Fact]
    public async Task Tracks_SpotifyFailsAfterACachedRead_ServesTheOlderCopyWithABanner()
    {
        using var session = await factory.SignedUpSessionAsync("stale");
        await session.LinkSuccessfullyAsAsync(Listeners.HipHopRnb);
        var first = await session.GetPageAsync("/top/tracks?range=medium_term");
        first.Find("[data-testid=stale-banner]").Should().BeNull();
        var names = first.FindAll("li.track .track-name").Select(n => n.TextContent).ToArray();

        await session.SubmitFormAsync("/top/tracks?range=medium_term", "/refresh");
        factory.Sandbox.State.Faults.ServerErrors(503, 10, Listeners.HipHopRnb);
        try
        {
            var stale = await session.GetPageAsync("/top/tracks?range=medium_term");

            stale.StatusCode.Should().Be(HttpStatusCode.OK);
            stale.Find("[data-testid=stale-banner]")!.TextContent.Should().Contain("Spotify is having trouble right now").And.Contain("This is the copy from");
            stale.FindAll("li.track .track-name").Select(n => n.TextContent).Should().Equal(names);
        }
        finally
        {
            factory.Sandbox.State.Faults.Reset();
        }
    }

    [Fact]
    public async Task Refresh_BypassesTheCacheAndReturnsToThePage()
    {
        using var session = await factory.SignedUpSessionAsync("refresh");
        await session.LinkSuccessfullyAsAsync(Listeners.JazzSoul);
        await session.GetAsync("/top/artists?range=short_term");
        TopArtistCalls(Listeners.JazzSoul).Should().Be(1);

        var refreshed = await session.SubmitFormAsync("/top/artists?range=short_term", "/refresh");

        refreshed.StatusCode.Should().Be(HttpStatusCode.Redirect);
        refreshed.LocationText().Should().Be("/top/artists?range=short_term&page=1");
        (await session.GetAsync("/top/artists?range=short_term")).StatusCode.Should().Be(HttpStatusCode.OK);
        TopArtistCalls(Listeners.JazzSoul).Should().Be(2);
    }

    [Fact]
    public async Task Refresh_ExternalReturnUrl_Returns400AndRedirectsNowhere()
    {
        using var session = await factory.SignedUpSessionAsync("refreshevil");
        await session.LinkSuccessfullyAsAsync(Listeners.Newcomer);

        var response = await session.SubmitFormAsync(
            "/top/tracks", "/refresh", new Dictionary<string, string?> { ["returnUrl"] = "https://evil.example/" });

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        response.Headers.Location.Should().BeNull();
    }

    private int TopTrackCalls(string listener) =>
        factory.Sandbox.State.ApiCalls.Count(c => c.ListenerKey == listener && c.Path.EndsWith("/me/top/tracks", StringComparison.Ordinal));

    private int TopArtistCalls(string listener) =>
        factory.Sandbox.State.ApiCalls.Count(c => c.ListenerKey == listener && c.Path.EndsWith("/me/top/artists", StringComparison.Ordinal));
}
