using System.Net;
using CleanSpotify.Web.FunctionalTests.Support;

namespace CleanSpotify.Web.FunctionalTests;

/// <summary>What the pages do when Spotify stops accepting a link, and how reconnecting restores it.</summary>
public sealed class SpotifyLinkHealthTests(CleanSpotifyWebApplicationFactory factory) : IClassFixture<CleanSpotifyWebApplicationFactory>
{
    [Fact]
    public async Task Tracks_ExpiredAccessToken_RefreshesOnceAndStillShowsTracks()
    {
        using var session = await factory.SignedUpSessionAsync("refresh");
        await session.LinkSuccessfullyAsAsync(Listeners.IndieElectronic);
        (await session.GetAsync("/top/tracks")).StatusCode.Should().Be(HttpStatusCode.OK);
        var refreshesBefore = factory.Sandbox.State.CountTokenRequests("refresh_token");

        factory.Sandbox.State.Faults.ExpireAccessTokens(Listeners.IndieElectronic);
        var page = await session.GetPageAsync("/top/tracks?range=short_term");

        page.StatusCode.Should().Be(HttpStatusCode.OK);
        page.FindAll("li.track").Should().NotBeEmpty();
        factory.Sandbox.State.CountTokenRequests("refresh_token").Should().Be(refreshesBefore + 1);
    }

    [Fact]
    public async Task Tracks_RevokedLink_ShowsReconnectFormAndReconnectingRestoresTracks()
    {
        using var session = await LinkedThenRevokedAsync("revoked", Listeners.ClassicalFilm);

        var broken = await session.GetPageAsync("/top/tracks");

        broken.StatusCode.Should().Be(HttpStatusCode.OK);
        broken.Find("[data-testid=link-required-message]")!.TextContent.Should().Contain("Reconnect Spotify");
        var form = broken.Form("/spotify/link");
        form!.QuerySelector("button")!.TextContent.Should().Be("Reconnect Spotify");
        (await session.GetPageAsync("/spotify")).Find("[data-testid=link-health]")!.TextContent.Should().Be("Needs reconnecting");
        (await session.GetPageAsync("/top/tracks?range=short_term")).Form("/spotify/link").Should().NotBeNull("the link stays broken until reconnected");

        var reconnected = await session.LinkAsAsync(Listeners.ClassicalFilm, "/top/tracks");

        reconnected.StatusCode.Should().Be(HttpStatusCode.Redirect);
        reconnected.LocationText().Should().Be("/top/tracks");
        var restored = await session.GetPageAsync("/top/tracks");
        restored.StatusCode.Should().Be(HttpStatusCode.OK);
        restored.FindAll("li.track").Should().NotBeEmpty();
        restored.FindAll("li.track .track-name").Select(n => n.TextContent.Trim()).Take(50)
            .Should().Equal(await factory.SandboxTopTrackNamesAsync(Listeners.ClassicalFilm, "medium_term", 0));
        (await session.GetPageAsync("/spotify")).Find("[data-testid=link-health]")!.TextContent.Should().Be("Linked");
    }

    [Fact]
    public async Task Account_RefreshRefusedWhileReadingTheProfile_ShowsTheLinkNeedsReconnecting()
    {
        using var session = await LinkedThenRevokedAsync("revoked-account", Listeners.HipHopRnb);

        var page = await session.GetPageAsync("/spotify");

        page.StatusCode.Should().Be(HttpStatusCode.OK);
        page.Find("[data-testid=link-health]")!.TextContent.Should().Be("Needs reconnecting", "the refresh refused while reading the profile is shown at once");
    }

    /// <summary>A signed-up session linked as <paramref name="listener"/>, whose tokens Spotify then refuses: access expired, refresh revoked.</summary>
    private async Task<UserSession> LinkedThenRevokedAsync(string name, string listener)
    {
        var session = await factory.SignedUpSessionAsync(name);
        await session.LinkSuccessfullyAsAsync(listener);
        factory.Sandbox.State.Faults.RevokeRefreshTokens(listener);
        factory.Sandbox.State.Faults.ExpireAccessTokens(listener);
        return session;
    }
}
