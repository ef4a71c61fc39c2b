using System.Globalization;
using System.Net;
using CleanSpotify.Web.FunctionalTests.Support;

namespace CleanSpotify.Web.FunctionalTests;

/// <summary>
/// "Save as playlist" on the top-tracks page: one private playlist per form, every chosen track in batches Spotify
/// accepts, and a result page to open it.
/// </summary>
public sealed class SavePlaylistTests(PlaylistPermissionFactory factory) : IClassFixture<PlaylistPermissionFactory>
{
    private string Today => factory.Clock.GetUtcNow().UtcDateTime.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    [Fact]
    public async Task Save_WholeJazzSoulMediumTermList_CreatesOnePrivatePlaylistWithAll87TracksInRankOrder()
    {
        using var session = await factory.SignedUpSessionAsync("jazz");
        await session.LinkSuccessfullyAsAsync(Listeners.JazzSoul);
        var expectedIds = (await TrackIdsAsync(session, "/top/tracks?range=medium_term&page=1"))
            .Concat(await TrackIdsAsync(session, "/top/tracks?range=medium_term&page=2"))
            .ToArray();
        expectedIds.Should().HaveCount(87);

        var response = await session.SubmitFormAsync("/top/tracks?range=medium_term", "/playlists", new Dictionary<string, string?> { ["Count"] = "all" });

        response.StatusCode.Should().Be(HttpStatusCode.Redirect);
        response.LocationText().Should().MatchRegex("^/playlists/[0-9a-f-]{36}$");
        var playlist = factory.Sandbox.State.GetPlaylists(Listeners.JazzSoul).Should().ContainSingle().Subject;
        playlist.Name.Should().Be($"My top tracks — last 6 months — {Today}");
        playlist.IsPublic.Should().BeFalse();
        playlist.IsCollaborative.Should().BeFalse();
        playlist.ItemUris.Should().Equal(expectedIds.Select(id => $"spotify:track:{id}"));
        AddCalls(Listeners.JazzSoul).Should().Be(1, "87 tracks fit in one request of at most 100");

        var result = await session.GetPageAsync(response.LocationText()!);
        result.StatusCode.Should().Be(HttpStatusCode.OK);
        result.Find("[data-testid=playlist-name]")!.TextContent.Should().Be(playlist.Name);
        result.Find("[data-testid=playlist-track-count]")!.TextContent.Should().Be("87");
        result.Find("[data-testid=playlist-open]")!.GetAttribute("href").Should().Be($"https://open.spotify.com/playlist/{playlist.Id}");
    }

    [Fact]
    public async Task Save_SameFormSubmittedTwice_CreatesOnePlaylistAndShowsItBothTimes()
    {
        using var session = await factory.SignedUpSessionAsync("twice");
        await session.LinkSuccessfullyAsAsync(Listeners.IndieElectronic);
        var tracksPage = await session.GetPageAsync("/top/tracks?range=short_term");
        var form = tracksPage.Form("/playlists")!;
        var thisPage = new Dictionary<string, string?> { ["Count"] = "page" };

        var first = await session.SubmitFormAsync(form, thisPage);
        var second = await session.SubmitFormAsync(form, thisPage);

        first.StatusCode.Should().Be(HttpStatusCode.Redirect);
        second.StatusCode.Should().Be(HttpStatusCode.Redirect);
        second.LocationText().Should().Be(first.LocationText());
        factory.Sandbox.State.GetPlaylists(Listeners.IndieElectronic).Should().ContainSingle()
            .Which.ItemUris.Should().HaveCount(tracksPage.FindAll("li.track").Count);
        CreateCalls(Listeners.IndieElectronic).Should().Be(1);
        (await session.GetPageAsync(second.LocationText()!)).Find("[data-testid=playlist-open]").Should().NotBeNull();
    }

    [Fact]
    public async Task Save_SameFormSubmittedConcurrently_CreatesOnePlaylist()
    {
        using var session = await factory.SignedUpSessionAsync("race");
        await session.LinkSuccessfullyAsAsync(Listeners.ClassicalFilm);
        var form = (await session.GetPageAsync("/top/tracks?range=long_term")).Form("/playlists")!;

        var answers = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => session.SubmitFormAsync(form, new Dictionary<string, string?> { ["Count"] = "all" })));

        answers.Should().OnlyContain(a => a.StatusCode == HttpStatusCode.Redirect);
        answers.Select(a => a.LocationText()).Distinct().Should().ContainSingle();
        var playlist = factory.Sandbox.State.GetPlaylists(Listeners.ClassicalFilm).Should().ContainSingle().Subject;
        CreateCalls(Listeners.ClassicalFilm).Should().Be(1);
        var result = await session.GetPageAsync(answers[0].LocationText()!);
        result.Find("[data-testid=playlist-track-count]")!.TextContent.Should().Be(playlist.ItemUris.Count.ToString(CultureInfo.InvariantCulture));
    }

    [Fact]
    public async Task Save_NumberLargerThanTheList_IsCappedAtTheWholeListInBatchesOfAtMost100()
    {
        using var session = await factory.SignedUpSessionAsync("cap");
        await session.LinkSuccessfullyAsAsync(Listeners.HipHopRnb);

        var response = await session.SubmitFormAsync("/top/tracks?range=long_term", "/playlists", new Dictionary<string, string?> { ["Count"] = "1000" });

        response.StatusCode.Should().Be(HttpStatusCode.Redirect);
        var playlist = factory.Sandbox.State.GetPlaylists(Listeners.HipHopRnb).Should().ContainSingle().Subject;
        playlist.Name.Should().Be($"My top tracks — last year — {Today}");
        playlist.ItemUris.Should().HaveCount(96).And.OnlyHaveUniqueItems();
        AddCalls(Listeners.HipHopRnb).Should().Be(1);
        (await session.GetPageAsync(response.LocationText()!)).Find("[data-testid=playlist-track-count]")!.TextContent.Should().Be("96");
    }

    [Fact]
    public async Task Save_ListenerWithoutTopTracks_Answers400AndCreatesNothing()
    {
        using var session = await factory.SignedUpSessionAsync("page");
        await session.LinkSuccessfullyAsAsync(Listeners.Newcomer);
        var newcomerPage = await session.GetPageAsync("/top/tracks?range=medium_term");
        newcomerPage.Form("/playlists").Should().BeNull("there is nothing to save for a listener without history");

        var confirm = await session.GetPageAsync("/playlists/new?range=medium_term&count=all&page=1");
        confirm.StatusCode.Should().Be(HttpStatusCode.OK);
        var response = await session.SubmitFormAsync(confirm.Form("/playlists")!);

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await HtmlPage.ParseAsync(response, TestContext.Current.CancellationToken)).Find("[data-testid=problem-message]")!.TextContent
            .Should().Contain("nothing to save");
        factory.Sandbox.State.GetPlaylists(Listeners.Newcomer).Should().BeEmpty();
    }

    [Theory]
    [InlineData("Count", "lots", "Choose which tracks to save")]
    [InlineData("Count", "0", "Choose which tracks to save")]
    [InlineData("Count", "1001", "Choose which tracks to save")]
    [InlineData("Count", "", "Choose which tracks to save")]
    [InlineData("Range", "forever", "The range must be short_term")]
    [InlineData("Page", "two", "The page must be a whole number")]
    [InlineData("Page", "0", "The page must be a whole number")]
    [InlineData("RequestId", "not-a-guid", "Reload the page")]
    public async Task Save_InvalidField_Answers400WithTheRule(string field, string value, string message)
    {
        using var session = await factory.SignedUpSessionAsync("invalid");
        var form = (await session.GetPageAsync("/spotify")).Form("/spotify/link")!;
        form.SetAttribute("action", "/playlists");
        var fields = new Dictionary<string, string?>
        {
            ["Range"] = "short_term",
            ["Page"] = "1",
            ["Count"] = "page",
            ["RequestId"] = Guid.NewGuid().ToString("D"),
            [field] = value,
        };

        var response = await session.SubmitFormAsync(form, fields);

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        var page = await HtmlPage.ParseAsync(response, TestContext.Current.CancellationToken);
        page.Find("[data-testid=problem-message]")!.TextContent.Should().Contain(message);
    }

    [Fact]
    public async Task New_InvalidCount_Answers400WithTheRule()
    {
        using var session = await factory.SignedUpSessionAsync("badnew");

        var page = await session.GetPageAsync("/playlists/new?range=short_term&count=-3");

        page.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        page.Find("[data-testid=problem-message]")!.TextContent.Should().Contain("Choose which tracks to save");
    }

    [Fact]
    public async Task Result_AnotherUsersRequestId_IsNotFound()
    {
        using var session = await factory.SignedUpSessionAsync("stranger");

        var page = await session.GetPageAsync($"/playlists/{Guid.NewGuid():D}");

        page.StatusCode.Should().Be(HttpStatusCode.NotFound);
    }

    [Theory]
    [InlineData("/playlists/new?range=short_term&count=all")]
    [InlineData("/playlists/00000000-0000-0000-0000-000000000001")]
    public async Task Pages_Anonymous_RedirectToSignIn(string path)
    {
        using var session = factory.NewSession();

        var response = await session.GetAsync(path);

        response.StatusCode.Should().Be(HttpStatusCode.Redirect);
        response.LocationText().Should().StartWith("/account/login");
    }

    [Fact]
    public async Task Save_Anonymous_RedirectsToSignInAndCreatesNothing()
    {
        using var session = factory.NewSession();
        var postsBefore = factory.Sandbox.State.ApiCalls.Count(c => c.Method == "POST");
        using var form = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Range"] = "short_term",
            ["Count"] = "all",
            ["RequestId"] = Guid.NewGuid().ToString("D"),
        });

        var response = await session.Client.PostAsync(new Uri("/playlists", UriKind.Relative), form, TestContext.Current.CancellationToken);

        response.StatusCode.Should().BeOneOf(HttpStatusCode.Redirect, HttpStatusCode.BadRequest);
        if (response.StatusCode == HttpStatusCode.Redirect)
        {
            response.LocationText().Should().StartWith("/account/login");
        }

        factory.Sandbox.State.ApiCalls.Count(c => c.Method == "POST").Should().Be(postsBefore);
    }

    private static async Task<IReadOnlyList<string>> TrackIdsAsync(UserSession session, string path)
    {
        var page = await session.GetPageAsync(path);
        return page.FindAll("li.track a[href^='/top/history']")
            .Select(a => a.GetAttribute("href")!.Split("id=")[1])
            .ToArray();
    }

    private int CreateCalls(string listener) => Calls(listener, "POST", "/me/playlists");

    private int AddCalls(string listener) => Calls(listener, "POST", "/items");

    private int Calls(string listener, string method, string pathEnd) =>
        factory.Sandbox.State.ApiCalls.Count(c => c.ListenerKey == listener && c.Method == method && c.Path.EndsWith(pathEnd, StringComparison.Ordinal));
}
