using System.Net;
using CleanSpotify.Web.FunctionalTests.Support;
using Microsoft.AspNetCore.Hosting;

namespace CleanSpotify.Web.FunctionalTests;

/// <summary>The site deployed at an https address: its <c>Spotify:RedirectUri</c> is https.</summary>
public sealed class HttpsDeploymentFactory : CleanSpotifyWebApplicationFactory
{
    public static readonly Uri PublicAddress = new("https://cleanspotify.example/");

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Spotify:RedirectUri", new Uri(PublicAddress, "/spotify/callback").AbsoluteUri);
    }
}

/// <summary>
/// Deployed over https, the auth, antiforgery and temp-data cookies are always Secure and <c>__Host-</c> prefixed
/// (path /, no Domain), HSTS is sent on https requests, and plain-http pages are redirected to https.
/// </summary>
public sealed class HttpsDeploymentTests(HttpsDeploymentFactory factory) : IClassFixture<HttpsDeploymentFactory>
{
    [Fact]
    public async Task RegisterAndUnlinkOverHttps_EveryCookie_IsHostPrefixedSecureAtRootWithoutDomain()
    {
        var cookies = new SetCookieRecorder();
        using var session = new UserSession(factory, factory.CreateBrowserClient(HttpsDeploymentFactory.PublicAddress, cookies));

        var registered = await session.RegisterAsync(TestEmails.Unique("https"));
        var flashed = await session.Client.PostAsync(new Uri("/spotify/unlink", UriKind.Relative), await AntiforgeryFormAsync(session), TestContext.Current.CancellationToken);

        registered.StatusCode.Should().Be(HttpStatusCode.Redirect);
        flashed.StatusCode.Should().Be(HttpStatusCode.Redirect);
        cookies.Names.Should().Contain(["__Host-CleanSpotify.Auth", "__Host-CleanSpotify.Antiforgery", "__Host-.AspNetCore.Mvc.CookieTempDataProvider"]);
        cookies.Names.Should().OnlyContain(name => name.StartsWith("__Host-", StringComparison.Ordinal));
        foreach (var cookie in cookies.All)
        {
            cookie.Attributes.Should().Contain("secure", "{0} must be Secure", cookie.Name);
            cookie.Attributes.Should().Contain("path=/", "{0} must be at the root", cookie.Name);
            cookie.Attributes.Should().NotContain(a => a.StartsWith("domain=", StringComparison.Ordinal), "{0} must have no Domain", cookie.Name);
        }
    }

    [Fact]
    public async Task PageOverPlainHttp_RedirectsToHttpsWithoutCookiesOrHsts()
    {
        var cookies = new SetCookieRecorder();
        using var client = factory.CreateBrowserClient(new Uri("http://cleanspotify.example/"), cookies);

        var response = await client.GetAsync(new Uri("/account/register?x=1", UriKind.Relative), TestContext.Current.CancellationToken);

        response.StatusCode.Should().Be(HttpStatusCode.TemporaryRedirect);
        response.Headers.Location.Should().Be(new Uri("https://cleanspotify.example/account/register?x=1"));
        response.Headers.Contains("Strict-Transport-Security").Should().BeFalse("HSTS is only meaningful on an https response");
        cookies.All.Should().BeEmpty();
    }

    [Fact]
    public async Task HealthProbeOverPlainHttp_IsAnsweredNotRedirected()
    {
        using var client = factory.CreateBrowserClient(new Uri("http://cleanspotify.example/"));

        var response = await client.GetAsync(new Uri("/health/live", UriKind.Relative), TestContext.Current.CancellationToken);

        response.StatusCode.Should().Be(HttpStatusCode.OK);
    }

    [Fact]
    public async Task AnyPageOverHttps_SendsHsts()
    {
        using var client = factory.CreateBrowserClient(HttpsDeploymentFactory.PublicAddress);

        var response = await client.GetAsync(new Uri("/", UriKind.Relative), TestContext.Current.CancellationToken);

        response.Headers.GetValues("Strict-Transport-Security").Should().Equal("max-age=31536000");
    }

    private static async Task<FormUrlEncodedContent> AntiforgeryFormAsync(UserSession session)
    {
        var form = (await session.GetPageAsync("/spotify")).Form("/spotify/link")!;
        var token = form.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        return new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = token });
    }
}

/// <summary>The https deployment behind a TLS-terminating proxy, with ASP.NET Core's forwarded-headers switch on.</summary>
public sealed class HttpsBehindProxyFactory : CleanSpotifyWebApplicationFactory
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Spotify:RedirectUri", new Uri(HttpsDeploymentFactory.PublicAddress, "/spotify/callback").AbsoluteUri);
        builder.UseSetting("FORWARDEDHEADERS_ENABLED", "true");
    }
}

/// <summary>Behind the proxy, a request the browser made over https is served as https: HSTS, no redirect loop.</summary>
public sealed class HttpsBehindProxyTests(HttpsBehindProxyFactory factory) : IClassFixture<HttpsBehindProxyFactory>
{
    [Fact]
    public async Task PageForwardedAsHttps_IsServedWithHstsAndSecureHostCookies()
    {
        var cookies = new SetCookieRecorder();
        using var client = factory.CreateBrowserClient(new Uri("http://cleanspotify.example/"), cookies);
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri("/account/register", UriKind.Relative));
        request.Headers.Add("X-Forwarded-Proto", "https");

        var response = await client.SendAsync(request, TestContext.Current.CancellationToken);

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        response.Headers.GetValues("Strict-Transport-Security").Should().Equal("max-age=31536000");
        cookies.Last("__Host-CleanSpotify.Antiforgery").Attributes.Should().Contain("secure");
    }
}

/// <summary>The plain-http loopback default keeps today's cookie names, Secure only over https, and sends no HSTS.</summary>
public sealed class PlainHttpDeploymentTests(CleanSpotifyWebApplicationFactory factory) : IClassFixture<CleanSpotifyWebApplicationFactory>
{
    [Fact]
    public async Task Register_Cookies_KeepTheirNamesAndAreNotSecureOverHttp()
    {
        var cookies = new SetCookieRecorder();
        using var session = new UserSession(factory, factory.CreateBrowserClient(new Uri("http://127.0.0.1:5000/"), cookies));

        var registered = await session.RegisterAsync(TestEmails.Unique("plain"));

        registered.StatusCode.Should().Be(HttpStatusCode.Redirect);
        cookies.Last("CleanSpotify.Auth").Attributes.Should().NotContain("secure");
        cookies.Last("CleanSpotify.Antiforgery").Attributes.Should().NotContain("secure");
        cookies.Names.Should().NotContain(name => name.StartsWith("__Host-", StringComparison.Ordinal));
    }

    [Fact]
    public async Task AnyPageOverHttps_SendsNoHsts()
    {
        using var client = factory.CreateBrowserClient(new Uri("https://cleanspotify.example/"));

        var response = await client.GetAsync(new Uri("/", UriKind.Relative), TestContext.Current.CancellationToken);

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        response.Headers.Contains("Strict-Transport-Security").Should().BeFalse("the site is not deployed over https");
    }
}
