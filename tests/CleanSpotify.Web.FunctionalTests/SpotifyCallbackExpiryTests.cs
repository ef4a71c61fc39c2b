using System.Net;
using CleanSpotify.Web.FunctionalTests.Support;

namespace CleanSpotify.Web.FunctionalTests;

/// <summary>A link request (state + PKCE verifier) lives 10 minutes on the site's clock.</summary>
public sealed class SpotifyCallbackExpiryTests(FakeClockFactory factory) : IClassFixture<FakeClockFactory>
{
    [Fact]
    public async Task Callback_AfterTenMinutes_Returns400ExpiredWithoutTokenRequest()
    {
        using var session = await factory.SignedUpSessionAsync("slow");
        var callback = await session.ConsentAsync(await session.BeginLinkAsync(), Listeners.JazzSoul);
        var exchangesBefore = factory.Sandbox.State.CountTokenRequests("authorization_code");

        factory.Clock.Advance(TimeSpan.FromMinutes(11));
        var page = await HtmlPage.ParseAsync(await session.CallbackAsync(callback), TestContext.Current.CancellationToken);

        page.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        page.Find("[data-testid=problem-message]")!.TextContent.Should().Contain("has expired");
        page.Form("/spotify/link").Should().NotBeNull();
        factory.Sandbox.State.CountTokenRequests("authorization_code").Should().Be(exchangesBefore);
    }

    [Fact]
    public async Task Callback_WithinTenMinutes_Links()
    {
        using var session = await factory.SignedUpSessionAsync("prompt");
        var callback = await session.ConsentAsync(await session.BeginLinkAsync(), Listeners.IndieElectronic);

        factory.Clock.Advance(TimeSpan.FromMinutes(9));
        var response = await session.CallbackAsync(callback);

        response.StatusCode.Should().Be(HttpStatusCode.Redirect);
        response.LocationText().Should().Be("/top/tracks");
    }
}
