using System.Net;

namespace CleanSpotify.Web.FunctionalTests;

public sealed class HomeControllerTests(CleanSpotifyWebApplicationFactory factory) : IClassFixture<CleanSpotifyWebApplicationFactory>
{
    [Fact]
    public async Task Index_Anonymous_ExplainsTheSiteAndLinksToSignUp()
    {
        using var session = factory.NewSession();

        var page = await session.GetPageAsync("/");

        page.StatusCode.Should().Be(HttpStatusCode.OK);
        page.Find("h1")!.TextContent.Should().Contain("Your listening, clearly");
        page.Text.Should().Contain("top tracks");
        page.FindAll("a[href='/account/register']").Should().NotBeEmpty("an anonymous visitor should be offered to sign up");
        page.Form("/spotify/link").Should().BeNull("linking needs an account first");
    }

    [Fact]
    public async Task Index_SignedInWithoutLink_ShowsTheLinkForm()
    {
        using var session = await factory.SignedUpSessionAsync();

        var page = await session.GetPageAsync("/");

        page.StatusCode.Should().Be(HttpStatusCode.OK);
        page.Find("[data-testid=link-health]")!.TextContent.Should().Be("Not linked");
        var form = page.Form("/spotify/link");
        form.Should().NotBeNull();
        form!.Method.Should().BeEquivalentTo("post");
        form.QuerySelector("button")!.TextContent.Should().Be("Link Spotify");
        form.QuerySelector("input[name=__RequestVerificationToken]").Should().NotBeNull();
    }
}
