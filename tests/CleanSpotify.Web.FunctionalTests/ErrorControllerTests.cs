using System.Net;
using CleanSpotify.Web.FunctionalTests.Support;

namespace CleanSpotify.Web.FunctionalTests;

public sealed class ErrorControllerTests(CleanSpotifyWebApplicationFactory factory) : IClassFixture<CleanSpotifyWebApplicationFactory>
{
    [Theory]
    [InlineData("/no/such/page")]
    [InlineData("/top/artists-that-do-not-exist")]
    [InlineData("/spotify/callback/extra")]
    public async Task Status_UnknownUrl_ShowsFriendly404Page(string path)
    {
        using var session = factory.NewSession();

        var page = await session.GetPageAsync(path);

        page.StatusCode.Should().Be(HttpStatusCode.NotFound);
        page.Response.Content.Headers.ContentType!.MediaType.Should().Be("text/html");
        page.Find("h1")!.TextContent.Should().Be("Page not found");
        page.Find("a[href='/']").Should().NotBeNull("the page should offer a way back");
    }

    [Theory]
    [InlineData("/account/login")]
    [InlineData("/account/register")]
    [InlineData("/account/logout")]
    [InlineData("/spotify/link")]
    public async Task Status_PostWithoutAntiforgeryToken_Returns400Page(string path)
    {
        using var session = await factory.SignedUpSessionAsync("csrf");
        using var form = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Email"] = "someone@example.test",
            ["Password"] = TestEmails.Password,
            ["ConfirmPassword"] = TestEmails.Password,
        });

        var response = await session.Client.PostAsync(new Uri(path, UriKind.Relative), form, TestContext.Current.CancellationToken);
        var page = await HtmlPage.ParseAsync(response, TestContext.Current.CancellationToken);

        page.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        page.Find("h1")!.TextContent.Should().NotBeNullOrWhiteSpace();
        response.Headers.Location.Should().BeNull();
        (await session.GetAsync("/top/tracks")).StatusCode.Should().Be(HttpStatusCode.OK, "the rejected post must not have signed the user out");
    }

    [Fact]
    public async Task Status_PostWithAnotherUsersAntiforgeryToken_Returns400()
    {
        using var victim = await factory.SignedUpSessionAsync("victim");
        using var attacker = await factory.SignedUpSessionAsync("attacker");
        var attackerToken = (await attacker.GetPageAsync("/spotify")).Form("/spotify/link")!
            .QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        using var form = new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = attackerToken });

        var response = await victim.Client.PostAsync(new Uri("/spotify/link", UriKind.Relative), form, TestContext.Current.CancellationToken);

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
    }
}
