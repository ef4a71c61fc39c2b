using System.Globalization;
using System.Net;
using CleanSpotify.Web.FunctionalTests.Support;

namespace CleanSpotify.Web.FunctionalTests;

/// <summary>
/// A Spotify account linked to another site user: taken over by whoever completes a consent for it once that link
/// needs reconnecting (revoked, or its refresh token expired on the site's clock); refused with 409 while it works.
/// </summary>
public sealed class StaleLinkTakeoverTests(FakeClockFactory factory) : IClassFixture<FakeClockFactory>
{
    [Fact]
    public async Task Callback_AccountLinkedElsewhereButRevoked_MovesTheLinkAndDeletesTheOldHoldersData()
    {
        using var holder = await factory.SignedUpSessionAsync("holder");
        var holderId = await HolderWithDataAsync(holder, Listeners.JazzSoul);
        factory.Sandbox.State.Faults.RevokeRefreshTokens(Listeners.JazzSoul);
        factory.Sandbox.State.Faults.ExpireAccessTokens(Listeners.JazzSoul);
        var broken = await holder.GetPageAsync("/top/tracks?range=long_term");
        broken.Find("[data-testid=link-required-message]")!.TextContent.Should().Contain("Reconnect Spotify");
        (await factory.Store.ScalarAsync("SELECT \"Status\" FROM \"SpotifyLinks\" WHERE \"AppUserId\" = @user", ("@user", holderId)))
            .Should().Be("NeedsReconnect");

        using var owner = await factory.SignedUpSessionAsync("owner");
        await owner.LinkSuccessfullyAsAsync(Listeners.JazzSoul);

        await AssertTakenOverAsync(holder, holderId, owner, Listeners.JazzSoul);
    }

    [Fact]
    public async Task Callback_AccountLinkedElsewhereWithExpiredRefreshToken_MovesTheLinkAndDeletesTheOldHoldersData()
    {
        using var holder = await factory.SignedUpSessionAsync("expired");
        var holderId = await HolderWithDataAsync(holder, Listeners.ClassicalFilm);

        factory.Clock.Advance(TimeSpan.FromDays(183));
        using var owner = await factory.SignedUpSessionAsync("owner");
        await owner.LinkSuccessfullyAsAsync(Listeners.ClassicalFilm);

        // Half a year on, the holder's sign-in cookie has expired too.
        (await holder.LoginAsync(holder.Email!, TestEmails.Password)).StatusCode.Should().Be(HttpStatusCode.Redirect);
        await AssertTakenOverAsync(holder, holderId, owner, Listeners.ClassicalFilm);
    }

    [Fact]
    public async Task Callback_AccountLinkedElsewhereAndWorking_Returns409SayingHowToFreeItAndChangesNothing()
    {
        using var holder = await factory.SignedUpSessionAsync("healthy");
        var holderId = await HolderWithDataAsync(holder, Listeners.HipHopRnb);
        var versionBefore = await LinkVersionAsync(holderId);
        var snapshotsBefore = await TestDatabase.CountForUserAsync(factory, "RankSnapshots", holderId);

        using var other = await factory.SignedUpSessionAsync("claimant");
        var page = await HtmlPage.ParseAsync(await other.LinkAsAsync(Listeners.HipHopRnb), TestContext.Current.CancellationToken);

        page.StatusCode.Should().Be(HttpStatusCode.Conflict);
        page.Find("h1")!.TextContent.Should().Contain("Already linked elsewhere");
        page.Find("[data-testid=problem-message]")!.TextContent.Should()
            .Contain("already linked to another CleanSpotify user")
            .And.Contain("\"Apps\" in your Spotify account settings (spotify.com/account/apps)")
            .And.Contain("the next time that link is used it will need reconnecting, and you can then link the account here");
        (await LinkVersionAsync(holderId)).Should().Be(versionBefore);
        (await TestDatabase.CountForUserAsync(factory, "RankSnapshots", holderId)).Should().Be(snapshotsBefore);
        (await TestDatabase.CountForUserAsync(factory, "PlaylistExports", holderId)).Should().Be(1);
        var otherId = await TestDatabase.UserIdAsync(factory, other.Email!);
        (await TestDatabase.CountForUserAsync(factory, "SpotifyLinks", otherId)).Should().Be(0);
        (await holder.GetPageAsync("/top/tracks?range=short_term")).FindAll("li.track").Should().NotBeEmpty();
    }

    /// <summary>Links <paramref name="listener"/>, views a list (rank snapshots) and saves it as a playlist.</summary>
    private async Task<string> HolderWithDataAsync(UserSession holder, string listener)
    {
        await holder.LinkSuccessfullyAsAsync(listener);
        await holder.SavePlaylistOfPageAsync();
        var holderId = await TestDatabase.UserIdAsync(factory, holder.Email!);
        (await TestDatabase.CountForUserAsync(factory, "RankSnapshots", holderId)).Should().BePositive();
        (await TestDatabase.CountForUserAsync(factory, "PlaylistExports", holderId)).Should().Be(1);
        return holderId;
    }

    private async Task AssertTakenOverAsync(UserSession holder, string holderId, UserSession owner, string listener)
    {
        (await TestDatabase.CountForUserAsync(factory, "SpotifyLinks", holderId)).Should().Be(0);
        (await TestDatabase.CountForUserAsync(factory, "RankSnapshots", holderId)).Should().Be(0);
        (await TestDatabase.CountForUserAsync(factory, "PlaylistExports", holderId)).Should().Be(0);
        var ownerId = await TestDatabase.UserIdAsync(factory, owner.Email!);
        (await TestDatabase.CountForUserAsync(factory, "SpotifyLinks", ownerId)).Should().Be(1);

        var tracks = await owner.GetPageAsync("/top/tracks");
        tracks.StatusCode.Should().Be(HttpStatusCode.OK);
        tracks.FindAll("li.track .track-name").Select(n => n.TextContent.Trim()).Take(50)
            .Should().Equal(await factory.SandboxTopTrackNamesAsync(listener, "medium_term", 0));

        var account = await holder.GetPageAsync("/spotify");
        account.Find("[data-testid=link-health]")!.TextContent.Should().Be("Not linked");
        var holderTracks = await holder.GetPageAsync("/top/tracks?range=short_term");
        holderTracks.FindAll("li.track").Should().BeEmpty("nothing cached for the old holder is shown again");
        holderTracks.Form("/spotify/link")!.QuerySelector("button")!.TextContent.Should().Be("Link Spotify");
    }

    private async Task<string> LinkVersionAsync(string appUserId) =>
        Convert.ToString(
            await factory.Store.ScalarAsync("SELECT \"Version\" FROM \"SpotifyLinks\" WHERE \"AppUserId\" = @user", ("@user", appUserId)),
            CultureInfo.InvariantCulture)!;
}
