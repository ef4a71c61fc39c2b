using System.Net;
using CleanSpotify.Web.FunctionalTests.Support;

namespace CleanSpotify.Web.FunctionalTests;

/// <summary>
/// The recent page when Spotify fails after a cached read. On the real clock: the resilience pipeline waits on the
/// site's <see cref="TimeProvider"/>, so retries would never end on a fake one.
/// </summary>
public sealed class RecentStaleCopyTests(CleanSpotifyWebApplicationFactory factory) : IClassFixture<CleanSpotifyWebApplicationFactory>
{
    [Fact]
    public async Task Index_SpotifyFailsAfterACachedRead_ServesTheOlderCopyWithABanner()
    {
        using var session = await factory.SignedUpSessionAsync("stale");
        await session.LinkSuccessfullyAsAsync(Listeners.HipHopRnb);
        var first = await session.GetPageAsync("/recent");
        first.Find("[data-testid=stale-banner]").Should().BeNull();
        var names = first.FindAll("li.play .track-name").Select(n => n.TextContent).ToArray();
        names.Should().HaveCount(50);

        await session.SubmitFormAsync("/recent", "/refresh");
        factory.Sandbox.State.Faults.ServerErrors(503, 10, Listeners.HipHopRnb);
        try
        {
            var stale = await session.GetPageAsync("/recent");

            stale.StatusCode.Should().Be(HttpStatusCode.OK);
            stale.Find("[data-testid=stale-banner]")!.TextContent.Should().Contain("Spotify is having trouble right now").And.Contain("This is the copy from");
            stale.FindAll("li.play .track-name").Select(n => n.TextContent).Should().Equal(names);
        }
        finally
        {
            factory.Sandbox.State.Faults.Reset();
        }
    }

    [Fact]
    public async Task Export_SpotifyFailsWithNothingCached_ShowsTheFriendly503Page()
    {
        using var session = await factory.SignedUpSessionAsync("down");
        await session.LinkSuccessfullyAsAsync(Listeners.ClassicalFilm);
        factory.Sandbox.State.Faults.ServerErrors(503, 10, Listeners.ClassicalFilm);
        try
        {
            var page = await session.GetPageAsync("/recent/export?format=csv");

            page.StatusCode.Should().Be(HttpStatusCode.ServiceUnavailable);
            page.Find("[data-testid=problem-message]").Should().NotBeNull();
            page.Response.Content.Headers.ContentDisposition.Should().BeNull("no half-made file is offered");
        }
        finally
        {
            factory.Sandbox.State.Faults.Reset();
        }
    }
}
