using System.Net;
using CleanSpotify.Web.FunctionalTests.Support;

namespace CleanSpotify.Web.FunctionalTests;

/// <summary>Tokens are resolved per request and per user: two users browsing at once never see each other's data.</summary>
public sealed class ConcurrentUsersTests(CleanSpotifyWebApplicationFactory factory) : IClassFixture<CleanSpotifyWebApplicationFactory>
{
    private static readonly string[] Ranges = ["medium_term", "short_term", "long_term", "medium_term&page=2", "short_term", "medium_term"];

    [Fact]
    public async Task Tracks_TwoUsersAtOnce_EachSeesOnlyTheirOwnListening()
    {
        using var nina = await factory.SignedUpSessionAsync("nina");
        using var jaylen = await factory.SignedUpSessionAsync("jaylen");
        await Task.WhenAll(nina.LinkSuccessfullyAsAsync(Listeners.JazzSoul), jaylen.LinkSuccessfullyAsAsync(Listeners.HipHopRnb));
        var expected = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal)
        {
            [Listeners.JazzSoul] = await factory.SandboxTopTrackNamesAsync(Listeners.JazzSoul, "medium_term", 0),
            [Listeners.HipHopRnb] = await factory.SandboxTopTrackNamesAsync(Listeners.HipHopRnb, "medium_term", 0),
        };
        expected[Listeners.JazzSoul].Should().NotIntersectWith(expected[Listeners.HipHopRnb], "the two listeners must be told apart");

        var loads = await Task.WhenAll(
            BrowseAsync(nina, Listeners.JazzSoul),
            BrowseAsync(jaylen, Listeners.HipHopRnb),
            BrowseAsync(nina, Listeners.JazzSoul),
            BrowseAsync(jaylen, Listeners.HipHopRnb));

        foreach (var (listener, pages) in loads)
        {
            foreach (var (range, names) in pages)
            {
                names.Should().NotBeEmpty();
                if (range == "medium_term")
                {
                    names.Should().Equal(expected[listener], "{0} should see only their own tracks", listener);
                }
                else
                {
                    names.Should().NotIntersectWith(expected[listener == Listeners.JazzSoul ? Listeners.HipHopRnb : Listeners.JazzSoul]);
                }
            }
        }

        (await nina.GetPageAsync("/")).Text.Should().Contain("Linked as " + factory.Listener(Listeners.JazzSoul).DisplayName);
        (await jaylen.GetPageAsync("/")).Text.Should().Contain("Linked as " + factory.Listener(Listeners.HipHopRnb).DisplayName);
    }

    private static async Task<(string Listener, List<(string Range, string[] Names)> Pages)> BrowseAsync(UserSession session, string listener)
    {
        var pages = new List<(string, string[])>();
        foreach (var range in Ranges)
        {
            var page = await session.GetPageAsync("/top/tracks?range=" + range);
            page.StatusCode.Should().Be(HttpStatusCode.OK);
            pages.Add((range, page.FindAll("li.track .track-name").Select(n => n.TextContent.Trim()).ToArray()));
        }

        return (listener, pages);
    }
}
