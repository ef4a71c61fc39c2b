using System.Globalization;
using System.Net;
using CleanSpotify.Web.FunctionalTests.Support;

namespace CleanSpotify.Web.FunctionalTests;

/// <summary>From five and a half months after consent, pages say when Spotify ends the link and offer to reconnect.</summary>
public sealed class LinkExpiryBannerTests(FakeClockFactory factory) : IClassFixture<FakeClockFactory>
{
    [Fact]
    public async Task Tracks_LinkAged168Days_ShowsExpiryDateAndReconnectForm_ButNotAt100Days()
    {
        using var session = await factory.SignedUpSessionAsync("expiring");
        var linkedAt = factory.Clock.GetUtcNow();
        await session.LinkSuccessfullyAsAsync(Listeners.JazzSoul);

        factory.Clock.Advance(TimeSpan.FromDays(100));
        await SignInAgainAsync(session);
        var young = await session.GetPageAsync("/top/tracks");
        young.StatusCode.Should().Be(HttpStatusCode.OK);
        young.Find("[data-testid=expiry-banner]").Should().BeNull();

        factory.Clock.Advance(TimeSpan.FromDays(68));
        await SignInAgainAsync(session);
        var old = await session.GetPageAsync("/top/tracks");

        old.StatusCode.Should().Be(HttpStatusCode.OK);
        var banner = old.Find("[data-testid=expiry-banner]");
        banner.Should().NotBeNull();
        banner!.TextContent.Should().Contain(linkedAt.AddDays(182).UtcDateTime.ToString("d MMMM yyyy", CultureInfo.InvariantCulture));
        banner.QuerySelector("form[action='/spotify/link'] button")!.TextContent.Should().Be("Reconnect Spotify");
        old.FindAll("li.track").Should().NotBeEmpty("the page itself still works");
    }

    /// <summary>The site's sign-in cookie lasts 14 days, so after months on the fake clock the user signs in again.</summary>
    private static async Task SignInAgainAsync(UserSession session) =>
        (await session.LoginAsync(session.Email!, TestEmails.Password)).StatusCode.Should().Be(HttpStatusCode.Redirect);
}
