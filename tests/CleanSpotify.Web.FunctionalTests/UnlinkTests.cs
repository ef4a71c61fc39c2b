using System.Net;
using System.Text;
using CleanSpotify.Web.FunctionalTests.Support;

namespace CleanSpotify.Web.FunctionalTests;

/// <summary><c>POST /spotify/unlink</c>: the link, its tokens and everything kept from Spotify go; the site account stays.</summary>
public sealed class UnlinkTests(CleanSpotifyWebApplicationFactory factory) : IClassFixture<CleanSpotifyWebApplicationFactory>
{
    [Fact]
    public async Task Unlink_Linked_DeletesLinkTokensSnapshotsAndCachedReadsAndKeepsTheUserSignedIn()
    {
        using var session = await factory.SignedUpSessionAsync("unlink");
        await session.LinkSuccessfullyAsAsync(Listeners.HipHopRnb);
        (await session.GetPageAsync("/top/tracks")).FindAll("li.track").Should().NotBeEmpty();
        var userId = await TestDatabase.UserIdAsync(factory, session.Email!);
        (await TestDatabase.CountForUserAsync(factory, "SpotifyLinks", userId)).Should().Be(1);
        (await TestDatabase.CountForUserAsync(factory, "RankSnapshots", userId)).Should().BePositive();

        var response = await session.SubmitFormAsync("/spotify", "/spotify/unlink");

        response.StatusCode.Should().Be(HttpStatusCode.Redirect);
        response.LocationText().Should().Be("/spotify");
        var account = await session.GetPageAsync("/spotify");
        account.StatusCode.Should().Be(HttpStatusCode.OK, "the user is still signed in");
        account.Find("[role=status]")!.TextContent.Should().Contain("Unlinked Spotify");
        account.Find("[data-testid=link-health]")!.TextContent.Should().Be("Not linked");
        account.Form("/spotify/unlink").Should().BeNull();
        (await TestDatabase.CountForUserAsync(factory, "SpotifyLinks", userId)).Should().Be(0);
        (await TestDatabase.CountForUserAsync(factory, "RankSnapshots", userId)).Should().Be(0);
        await AssertDatabaseHoldsNoIssuedSecretAsync();

        var topCallsBefore = TopTrackCalls(Listeners.HipHopRnb);
        var tracks = await session.GetPageAsync("/top/tracks");
        tracks.StatusCode.Should().Be(HttpStatusCode.OK);
        tracks.Form("/spotify/link")!.QuerySelector("button")!.TextContent.Should().Be("Link Spotify", "cached pages are not served once unlinked");
        tracks.FindAll("li.track").Should().BeEmpty();
        TopTrackCalls(Listeners.HipHopRnb).Should().Be(topCallsBefore);
    }

    [Fact]
    public async Task Unlink_ThenLinkAgain_SameAccountReadsFreshFromSpotify()
    {
        using var session = await factory.SignedUpSessionAsync("relink");
        await session.LinkSuccessfullyAsAsync(Listeners.IndieElectronic);
        (await session.GetPageAsync("/top/tracks")).FindAll("li.track").Should().NotBeEmpty();
        (await session.SubmitFormAsync("/spotify", "/spotify/unlink")).StatusCode.Should().Be(HttpStatusCode.Redirect);

        await session.LinkSuccessfullyAsAsync(Listeners.IndieElectronic);
        var topCallsBefore = TopTrackCalls(Listeners.IndieElectronic);
        var profileCallsBefore = ProfileCalls(Listeners.IndieElectronic);
        var tracks = await session.GetPageAsync("/top/tracks");
        var account = await session.GetPageAsync("/spotify");

        tracks.FindAll("li.track").Should().NotBeEmpty();
        TopTrackCalls(Listeners.IndieElectronic).Should().Be(topCallsBefore + 1, "the cached page was forgotten on unlink");
        ProfileCalls(Listeners.IndieElectronic).Should().Be(profileCallsBefore + 1, "the cached profile was forgotten on unlink");
        account.Find("[data-testid=link-health]")!.TextContent.Should().Be("Linked");
    }

    [Fact]
    public async Task Unlink_ThenLinkAnotherAccount_ShowsTheOtherAccount()
    {
        using var session = await factory.SignedUpSessionAsync("switch");
        await session.LinkSuccessfullyAsAsync(Listeners.ClassicalFilm);
        var before = await session.GetPageAsync("/spotify");
        (await session.SubmitFormAsync("/spotify", "/spotify/unlink")).StatusCode.Should().Be(HttpStatusCode.Redirect);

        await session.LinkSuccessfullyAsAsync(Listeners.Newcomer);
        var after = await session.GetPageAsync("/spotify");

        var oldName = before.Find("[data-testid=profile-name]")!.TextContent;
        var newName = after.Find("[data-testid=profile-name]")!.TextContent;
        newName.Should().Be(factory.Listener(Listeners.Newcomer).DisplayName).And.NotBe(oldName);
        after.Find("[data-testid=link-health]")!.TextContent.Should().Be("Linked");
    }

    [Fact]
    public async Task Unlink_NotLinked_RedirectsBackWithAMessage()
    {
        using var session = await factory.SignedUpSessionAsync("never");

        var page = await session.GetPageAsync("/spotify");
        page.Form("/spotify/unlink").Should().BeNull("there is nothing to unlink");
        var form = page.Form("/spotify/link")!;
        form.SetAttribute("action", "/spotify/unlink");

        var response = await session.SubmitFormAsync(form);

        response.StatusCode.Should().Be(HttpStatusCode.Redirect);
        response.LocationText().Should().Be("/spotify");
        (await session.GetPageAsync("/spotify")).Text.Should().Contain("There was no Spotify link to remove.");
    }

    [Fact]
    public async Task Unlink_WithoutAntiforgeryToken_IsRejected()
    {
        using var session = await factory.SignedUpSessionAsync("csrf");
        using var empty = new FormUrlEncodedContent([]);

        var response = await session.Client.PostAsync(new Uri("/spotify/unlink", UriKind.Relative), empty, TestContext.Current.CancellationToken);

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
    }

    private int TopTrackCalls(string listener) =>
        factory.Sandbox.State.ApiCalls.Count(c => c.ListenerKey == listener && c.Path.EndsWith("/me/top/tracks", StringComparison.Ordinal));

    private int ProfileCalls(string listener) =>
        factory.Sandbox.State.ApiCalls.Count(c => c.ListenerKey == listener && c.Path.EndsWith("/me", StringComparison.Ordinal));

    private static bool Holds(byte[] bytes, byte[] needle) => bytes.AsSpan().IndexOf(needle) >= 0;

    private async Task AssertDatabaseHoldsNoIssuedSecretAsync()
    {
        var stored = await factory.Store.ReadEverythingStoredAsync();
        stored.Should().NotBeEmpty();
        foreach (var secret in factory.Sandbox.State.IssuedSecrets)
        {
            var needle = Encoding.UTF8.GetBytes(secret);
            stored.Count(s => Holds(s.Bytes, needle)).Should().Be(0, "no issued secret may stay in the database");
        }
    }
}
