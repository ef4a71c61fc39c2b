using System.Net;
using AngleSharp.Html.Parser;
using CleanSpotify.ScaleOut.Tests.Support;
using CleanSpotify.SpotifySandbox;

namespace CleanSpotify.ScaleOut.Tests;

/// <summary>
/// Two instances of the site behind an imaginary load balancer, on PostgreSQL and Redis: whichever instance a
/// request lands on, the person sees one site.
/// </summary>
public sealed class TwoInstanceTests
{
    private const string JazzSoul = "jazz-soul";
    private const string ClassicalFilm = "classical-film";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Link_StartedOnA_CallbackLandsOnB_LinksOnce_AndBothServeTheUserFromOneSpotifyCall()
    {
        await using var cluster = await TwoInstanceCluster.StartAsync();
        using var browser = new Browser();
        await browser.RegisterAsync(cluster.A, $"link-{Guid.NewGuid():N}@example.test");
        var callback = await cluster.ConsentAsync(await browser.BeginLinkAsync(cluster.A), JazzSoul);

        // B reads the state A saved (decrypting its PKCE verifier with the shared key ring) and the cookie A issued.
        using var linked = await browser.GetAsync(cluster.B, callback);
        linked.StatusCode.Should().Be(HttpStatusCode.Redirect);
        linked.Headers.Location!.OriginalString.Should().Be("/top/tracks");
        cluster.Sandbox.State.CountTokenRequests("authorization_code").Should().Be(1);

        // The state was used up on B: replaying the callback on A is refused without another token request.
        using var replay = await browser.GetAsync(cluster.A, callback);
        replay.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        cluster.Sandbox.State.CountTokenRequests("authorization_code").Should().Be(1);

        var onA = await TrackNamesAsync(browser, cluster.A, "/top/tracks");
        var onB = await TrackNamesAsync(browser, cluster.B, "/top/tracks");
        var onAAgain = await TrackNamesAsync(browser, cluster.A, "/top/tracks");

        onA.Should().NotBeEmpty();
        onB.Should().Equal(onA);
        onAAgain.Should().Equal(onA);
        cluster.SpotifyCalls(JazzSoul, "/me/top/tracks").Should().Be(1, "B finds A's read in Redis instead of asking Spotify again");
    }

    [Fact]
    public async Task SameCallback_LandingOnAAndBAtOnce_LinksExactlyOnce()
    {
        await using var cluster = await TwoInstanceCluster.StartAsync();
        using var browser = new Browser();
        await browser.RegisterAsync(cluster.A, $"race-{Guid.NewGuid():N}@example.test");
        var callback = await cluster.ConsentAsync(await browser.BeginLinkAsync(cluster.A), ClassicalFilm);

        var answers = await Task.WhenAll(
            Task.Run(async () => (await browser.GetAsync(cluster.A, callback)).StatusCode, Ct),
            Task.Run(async () => (await browser.GetAsync(cluster.B, callback)).StatusCode, Ct));

        answers.Should().BeEquivalentTo([HttpStatusCode.Redirect, HttpStatusCode.BadRequest], "the state is taken by exactly one instance");
        cluster.Sandbox.State.CountTokenRequests("authorization_code").Should().Be(1);
    }

    [Fact]
    public async Task ExpiredToken_RefreshedOnAAndBAtOnce_MakesOneTokenRequest_AndKeepsTheRotatedRefreshToken()
    {
        await using var cluster = await TwoInstanceCluster.StartAsync(RefreshTokenMode.Rotate);
        using var browser = new Browser();
        (await cluster.SignUpAndLinkAsync(browser, JazzSoul, cluster.A, cluster.A)).StatusCode.Should().Be(HttpStatusCode.Redirect);

        // An hour later the access token has expired for the site and for Spotify, and every cached read is stale.
        cluster.Clock.Advance(TimeSpan.FromMinutes(61));
        var pages = new[] { "/top/tracks", "/top/tracks?range=short_term", "/top/tracks?range=long_term", "/top/artists", "/recent", "/top/artists?range=long_term" };
        var answers = await Task.WhenAll(pages.SelectMany(page => new[] { (cluster.A, page), (cluster.B, page) })
            .Select(async request => (await browser.GetHtmlAsync(request.Item1, request.page)).Status));

        answers.Should().OnlyContain(status => status == HttpStatusCode.OK);
        cluster.Sandbox.State.CountTokenRequests("refresh_token").Should().Be(1, "one instance refreshes while the other waits for its token");

        // Spotify revoked the old refresh token when it rotated it: only the saved new one works for the next refresh.
        // (Pages not read before: Redis expires cached reads on real time, not on the test's clock.)
        cluster.Clock.Advance(TimeSpan.FromMinutes(61));
        var secondPage = await TrackNamesAsync(browser, cluster.B, "/top/tracks?page=2");

        secondPage.Should().NotBeEmpty("a lost refresh token would have ended in the reconnect page instead");
        cluster.Sandbox.State.CountTokenRequests("refresh_token").Should().Be(2);
        cluster.Sandbox.State.ApiCalls.Should().NotContain(c => c.StatusCode == 401, "no instance used a revoked token");
    }

    [Fact]
    public async Task Unlink_OnA_IsSeenByB_AndARelinkToAnotherAccountOnBNeverShowsTheOldOne()
    {
        await using var cluster = await TwoInstanceCluster.StartAsync();
        using var browser = new Browser();
        (await cluster.SignUpAndLinkAsync(browser, JazzSoul, cluster.A, cluster.B)).StatusCode.Should().Be(HttpStatusCode.Redirect);
        var jazzOnB = await TrackNamesAsync(browser, cluster.B, "/top/tracks");
        (await TrackNamesAsync(browser, cluster.A, "/top/tracks")).Should().Equal(jazzOnB);

        // The unlink form is rendered by B and posted to A: the antiforgery token crosses instances too.
        using (var unlinked = await browser.SubmitFormAsync(cluster.B, "/spotify", "/spotify/unlink", cluster.A))
        {
            unlinked.StatusCode.Should().BeOneOf(HttpStatusCode.OK, HttpStatusCode.Redirect);
        }

        var (_, afterUnlinkOnB) = await browser.GetHtmlAsync(cluster.B, "/top/tracks");
        afterUnlinkOnB.Should().Contain("action=\"/spotify/link\"", "B sees the link is gone");
        jazzOnB.Should().NotContain(name => afterUnlinkOnB.Contains(WebUtility.HtmlEncode(name), StringComparison.Ordinal));

        // Link another Spotify account, starting on B and landing on A: B must show the new account's tracks.
        var callback = await cluster.ConsentAsync(await browser.BeginLinkAsync(cluster.B), ClassicalFilm);
        (await browser.GetAsync(cluster.A, callback)).StatusCode.Should().Be(HttpStatusCode.Redirect);
        var classicalOnB = await TrackNamesAsync(browser, cluster.B, "/top/tracks");

        classicalOnB.Should().NotBeEmpty().And.NotIntersectWith(jazzOnB);
        cluster.SpotifyCalls(ClassicalFilm, "/me/top/tracks").Should().Be(1);
    }

    private static async Task<IReadOnlyList<string>> TrackNamesAsync(Browser browser, AppInstance instance, string path)
    {
        var (status, html) = await browser.GetHtmlAsync(instance, path);
        status.Should().Be(HttpStatusCode.OK, "{0} on {1} should render", path, instance.BaseAddress);
        var document = await new HtmlParser().ParseDocumentAsync(html, Ct);
        return document.QuerySelectorAll(".track-name").Select(e => e.TextContent.Trim()).ToArray();
    }
}
