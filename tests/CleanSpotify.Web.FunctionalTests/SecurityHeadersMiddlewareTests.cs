using System.Net;
using CleanSpotify.Web.FunctionalTests.Support;

namespace CleanSpotify.Web.FunctionalTests;

public sealed class SecurityHeadersMiddlewareTests(CleanSpotifyWebApplicationFactory factory) : IClassFixture<CleanSpotifyWebApplicationFactory>
{
    [Theory]
    [InlineData("/", false)]
    [InlineData("/account/login", false)]
    [InlineData("/account/register", false)]
    [InlineData("/no/such/page", false)]
    [InlineData("/", true)]
    [InlineData("/spotify", true)]
    [InlineData("/top/tracks", true)]
    [InlineData("/top/tracks?range=weekly", true)]
    public async Task AnyPage_Response_HasStrictSecurityHeaders(string path, bool signedIn)
    {
        using var session = signedIn ? await factory.SignedUpSessionAsync("headers") : factory.NewSession();

        var response = await session.GetAsync(path);

        response.Content.Headers.ContentType!.MediaType.Should().Be("text/html");
        var csp = string.Join(";", response.Headers.GetValues("Content-Security-Policy"));
        var directives = csp.Split(';', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        var scripts = directives.FirstOrDefault(d => d.StartsWith("script-src ", StringComparison.Ordinal))
            ?? directives.Single(d => d.StartsWith("default-src ", StringComparison.Ordinal));
        scripts.Should().NotContain("'unsafe-inline'").And.NotContain("'unsafe-eval'");
        directives.Should().Contain("frame-ancestors 'none'");
        directives.Should().Contain(d => d.StartsWith("object-src 'none'", StringComparison.Ordinal));
        response.Headers.GetValues("X-Content-Type-Options").Should().Equal("nosniff");
    }

    [Fact]
    public async Task Callback_Response_SendsNoReferrer()
    {
        using var session = await factory.SignedUpSessionAsync("referrer");

        var callback = await session.GetAsync("/spotify/callback?code=abc&state=def");
        var home = await session.GetAsync("/");

        callback.Headers.GetValues("Referrer-Policy").Should().Equal("no-referrer");
        home.Headers.GetValues("Referrer-Policy").Single().Should().NotBe("unsafe-url");
    }

    [Fact]
    public async Task Register_AuthCookie_IsHttpOnlyAndSameSiteLax()
    {
        using var session = factory.NewSession();

        var response = await session.RegisterAsync(TestEmails.Unique("cookie"));

        response.StatusCode.Should().Be(HttpStatusCode.Redirect);
        var cookie = response.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("CleanSpotify.Auth=", StringComparison.Ordinal));
        var attributes = cookie.Split(';', StringSplitOptions.TrimEntries).Skip(1).Select(a => a.ToLowerInvariant()).ToArray();
        attributes.Should().Contain("httponly");
        attributes.Should().Contain("samesite=lax");
        attributes.Should().Contain("path=/");
    }
}
