using System.Net;
using CleanSpotify.Tests.Shared;
using CleanSpotify.Web.FunctionalTests.Support;
using Microsoft.AspNetCore.Hosting;

namespace CleanSpotify.Web.FunctionalTests;

/// <summary>
/// The site behind a TLS-terminating reverse proxy, as the reference deployment runs it: ASP.NET Core's own
/// <c>FORWARDEDHEADERS_ENABLED</c> switch (<c>ASPNETCORE_FORWARDEDHEADERS_ENABLED=true</c> in the environment), and
/// a sign-in limit low enough to reach within one test.
/// </summary>
public sealed class BehindProxyFactory : CleanSpotifyWebApplicationFactory
{
    public const int SignInPermitsPerMinute = 2;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("FORWARDEDHEADERS_ENABLED", "true");
        builder.UseSetting("SignIn:PermitsPerMinute", SignInPermitsPerMinute.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }
}

/// <summary>
/// Behind the proxy, the scheme and client address the proxy forwards are the request's: cookies are Secure when the
/// browser used HTTPS, and the per-address sign-in limit counts each browser's address, not the proxy's.
/// </summary>
public sealed class ReverseProxyTests(BehindProxyFactory factory) : IClassFixture<BehindProxyFactory>
{
    [Theory]
    [InlineData("https", true)]
    [InlineData("http", false)]
    public async Task Register_ForwardedProto_AuthAndAntiforgeryCookiesSecureOnlyOverHttps(string forwardedProto, bool secure)
    {
        using var browser = new ProxiedBrowser(factory, forwardedFor: forwardedProto == "https" ? "198.51.100.1" : "198.51.100.2", forwardedProto);

        var registered = await browser.SubmitAsync("/account/register", "/account/register", new Dictionary<string, string?>
        {
            ["Email"] = TestEmails.Unique("proxied"),
            ["Password"] = TestEmails.Password,
            ["ConfirmPassword"] = TestEmails.Password,
        });

        registered.StatusCode.Should().Be(HttpStatusCode.Redirect);
        browser.SetCookie("CleanSpotify.Antiforgery").IsSecure.Should().Be(secure);
        browser.SetCookie("CleanSpotify.Auth").IsSecure.Should().Be(secure);
    }

    [Fact]
    public async Task Login_TwoForwardedAddresses_EachHaveTheirOwnSignInBudget()
    {
        using var first = new ProxiedBrowser(factory, forwardedFor: "203.0.113.10", forwardedProto: "https");
        using var second = new ProxiedBrowser(factory, forwardedFor: "203.0.113.20", forwardedProto: "https");

        for (var attempt = 0; attempt < BehindProxyFactory.SignInPermitsPerMinute; attempt++)
        {
            (await first.WrongLoginAsync()).StatusCode.Should().Be(HttpStatusCode.BadRequest);
        }

        (await first.WrongLoginAsync()).StatusCode.Should().Be(HttpStatusCode.TooManyRequests);
        (await second.WrongLoginAsync()).StatusCode.Should().Be(HttpStatusCode.BadRequest, "another forwarded address has a budget of its own");
    }

    [Fact]
    public async Task Login_IPv6AddressesOfOneSubscriberNetwork_ShareOneSignInBudget()
    {
        using var first = new ProxiedBrowser(factory, forwardedFor: "2001:db8:77:1::10", forwardedProto: "https");
        using var sameSlash64 = new ProxiedBrowser(factory, forwardedFor: "2001:db8:77:1:ffff:ee:dd:cc", forwardedProto: "https");
        using var otherSlash64 = new ProxiedBrowser(factory, forwardedFor: "2001:db8:77:2::10", forwardedProto: "https");

        for (var attempt = 0; attempt < BehindProxyFactory.SignInPermitsPerMinute; attempt++)
        {
            (await first.WrongLoginAsync()).StatusCode.Should().Be(HttpStatusCode.BadRequest);
        }

        (await sameSlash64.WrongLoginAsync()).StatusCode.Should().Be(HttpStatusCode.TooManyRequests, "a subscriber can pick any address of its /64");
        (await otherSlash64.WrongLoginAsync()).StatusCode.Should().Be(HttpStatusCode.BadRequest, "another /64 is another subscriber");
    }
}

/// <summary>Without the switch, forwarded headers are not trusted: anyone could send them.</summary>
public sealed class ForwardedHeadersOffTests(CleanSpotifyWebApplicationFactory factory) : IClassFixture<CleanSpotifyWebApplicationFactory>
{
    [Fact]
    public async Task Register_ForwardedProtoHttpsWithoutTheSwitch_CookiesAreNotSecure()
    {
        using var browser = new ProxiedBrowser(factory, forwardedFor: "198.51.100.3", forwardedProto: "https");

        var registered = await browser.SubmitAsync("/account/register", "/account/register", new Dictionary<string, string?>
        {
            ["Email"] = TestEmails.Unique("unproxied"),
            ["Password"] = TestEmails.Password,
            ["ConfirmPassword"] = TestEmails.Password,
        });

        registered.StatusCode.Should().Be(HttpStatusCode.Redirect);
        browser.SetCookie("CleanSpotify.Antiforgery").IsSecure.Should().BeFalse();
        browser.SetCookie("CleanSpotify.Auth").IsSecure.Should().BeFalse();
    }
}

/// <summary>
/// A browser reaching the site through the proxy: every request carries <c>X-Forwarded-For</c> and
/// <c>X-Forwarded-Proto</c>. Cookies are kept by hand, since a cookie container would not send a Secure cookie back
/// over the test server's plain HTTP.
/// </summary>
internal sealed class ProxiedBrowser(CleanSpotifyWebApplicationFactory factory, string forwardedFor, string forwardedProto) : IDisposable
{
    private readonly HttpClient _client = factory.CreateDefaultClient(new Uri("http://localhost/"), new NoServerErrorsHandler());
    private readonly Dictionary<string, string> _cookies = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _setCookies = new(StringComparer.Ordinal);

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    /// <summary>The last <c>Set-Cookie</c> the site sent for <paramref name="name"/>.</summary>
    public (string Header, bool IsSecure) SetCookie(string name)
    {
        _setCookies.Should().ContainKey(name);
        var header = _setCookies[name];
        return (header, header.Split(';').Skip(1).Any(a => string.Equals(a.Trim(), "secure", StringComparison.OrdinalIgnoreCase)));
    }

    /// <summary>Opens <paramref name="pagePath"/> and posts its form for <paramref name="action"/> with <paramref name="fields"/> filled in.</summary>
    public async Task<HttpResponseMessage> SubmitAsync(string pagePath, string action, IReadOnlyDictionary<string, string?> fields)
    {
        var page = await HtmlPage.ParseAsync(await SendAsync(HttpMethod.Get, pagePath, content: null), Ct);
        var form = page.Form(action) ?? throw new InvalidOperationException($"{pagePath} has no form posting to {action}.");
        using var content = SiteForms.Fill(form, fields);
        return await SendAsync(HttpMethod.Post, action, content);
    }

    public Task<HttpResponseMessage> WrongLoginAsync() => SubmitAsync("/account/login", "/account/login", new Dictionary<string, string?>
    {
        ["Email"] = TestEmails.Unique("nobody"),
        ["Password"] = "not-the-password",
    });

    private async Task<HttpResponseMessage> SendAsync(HttpMethod method, string path, HttpContent? content)
    {
        using var request = new HttpRequestMessage(method, new Uri(path, UriKind.Relative)) { Content = content };
        request.Headers.Add("X-Forwarded-For", forwardedFor);
        request.Headers.Add("X-Forwarded-Proto", forwardedProto);
        if (_cookies.Count > 0)
        {
            request.Headers.Add("Cookie", string.Join("; ", _cookies.Select(c => $"{c.Key}={c.Value}")));
        }

        var response = await _client.SendAsync(request, Ct);
        if (response.Headers.TryGetValues("Set-Cookie", out var setCookies))
        {
            foreach (var header in setCookies)
            {
                var pair = header.Split(';')[0];
                var name = pair[..pair.IndexOf('=', StringComparison.Ordinal)];
                _cookies[name] = pair[(name.Length + 1)..];
                _setCookies[name] = header;
            }
        }

        return response;
    }

    public void Dispose() => _client.Dispose();
}
