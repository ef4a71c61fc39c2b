using System.Text.RegularExpressions;

namespace CleanSpotify.Web.FunctionalTests;

/// <summary>
/// The Content-Security-Policy, parsed into directives: every source is valid CSP syntax (Chromium logs a console
/// error per invalid one), and each directive allows exactly what the pages need: forms go only to the site and the
/// Spotify accounts origin in use, images only to the site, Spotify's image hosts, Bootstrap's data: SVGs and a
/// loopback Spotify stand-in.
/// </summary>
public sealed partial class ContentSecurityPolicyTests(CleanSpotifyWebApplicationFactory factory) : IClassFixture<CleanSpotifyWebApplicationFactory>
{
    private static readonly string[] SpotifyImageHosts =
        ["https://i.scdn.co", "https://image-cdn-ak.spotifycdn.com", "https://image-cdn-fa.spotifycdn.com", "https://platform-lookaside.fbsbx.com"];

    [Theory]
    [InlineData("/", false)]
    [InlineData("/account/register", false)]
    [InlineData("/no/such/page", false)]
    [InlineData("/spotify", true)]
    [InlineData("/top/tracks", true)]
    public async Task AnyPage_AgainstALoopbackSandbox_AllowsExactlyTheSiteSpotifyAndTheSandbox(string path, bool signedIn)
    {
        using var session = signedIn ? await factory.SignedUpSessionAsync("csp") : factory.NewSession();
        var sandbox = factory.Sandbox.BaseAddress.GetLeftPart(UriPartial.Authority);

        var policy = await PolicyAsync(session.Client, path);

        policy.Should().BeEquivalentTo(ExpectedPolicy(formTarget: sandbox, imageSources: ["'self'", "data:", .. SpotifyImageHosts, sandbox]));
    }

    [Fact]
    public async Task AnyPage_AgainstRealSpotify_AllowsTheSpotifyAccountsOriginAndNoLoopbackSource()
    {
        await using var real = factory.WithWebHostBuilder(builder =>
        {
            builder.UseSetting("Spotify:AccountsBaseUrl", "https://accounts.spotify.com");
            builder.UseSetting("Spotify:ApiBaseUrl", "https://api.spotify.com/v1");
        });
        using var client = real.CreateClient();

        var policy = await PolicyAsync(client, "/");

        policy.Should().BeEquivalentTo(ExpectedPolicy(formTarget: "https://accounts.spotify.com", imageSources: ["'self'", "data:", .. SpotifyImageHosts]));
    }

    [Fact]
    public void Value_SpotifyStandInOnIpv6Loopback_NamesItsSchemeAndPortWithValidSyntax()
    {
        var policy = Parse(new CleanSpotify.Web.Http.ContentSecurityPolicy(new Uri("http://[::1]:5005"), new Uri("http://[::1]:5005/v1")).Value);

        policy["form-action"].Should().Equal("'self'", "http://*:5005");
        policy["img-src"].Should().Contain("http://*:5005");
    }

    [Theory]
    [InlineData("'self'", true)]
    [InlineData("'none'", true)]
    [InlineData("data:", true)]
    [InlineData("https://i.scdn.co", true)]
    [InlineData("http://127.0.0.1:41234", true)]
    [InlineData("http://127.0.0.1:*", true)]
    [InlineData("*.spotifycdn.com", true)]
    [InlineData("http://[::1]:*", false)]
    [InlineData("'selfish'", false)]
    [InlineData("https://i.scdn.co/image/'x'", false)]
    public void IsValidSource_MatchesTheCspGrammar(string source, bool valid) => IsValidSource(source).Should().Be(valid);

    private static Dictionary<string, string[]> ExpectedPolicy(string formTarget, string[] imageSources) => new()
    {
        ["default-src"] = ["'self'"],
        ["script-src"] = ["'self'"],
        ["style-src"] = ["'self'"],
        ["img-src"] = imageSources,
        ["font-src"] = ["'self'"],
        ["connect-src"] = ["'self'"],
        ["form-action"] = ["'self'", formTarget],
        ["frame-ancestors"] = ["'none'"],
        ["base-uri"] = ["'self'"],
        ["object-src"] = ["'none'"],
    };

    /// <summary>The page's policy as directive → sources (see <see cref="Parse"/>).</summary>
    private static async Task<Dictionary<string, string[]>> PolicyAsync(HttpClient client, string path)
    {
        var response = await client.GetAsync(new Uri(path, UriKind.Relative), TestContext.Current.CancellationToken);
        return Parse(response.Headers.GetValues("Content-Security-Policy").Should().ContainSingle().Subject);
    }

    /// <summary>A policy as directive → sources, after checking that each directive appears once and each source is valid.</summary>
    private static Dictionary<string, string[]> Parse(string header)
    {
        var directives = header.Split(';', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
            .Select(d => d.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            .ToArray();
        directives.Select(d => d[0]).Should().OnlyHaveUniqueItems();
        directives.SelectMany(d => d.Skip(1)).Should().OnlyContain(s => IsValidSource(s), "every source in \"{0}\" must be valid CSP syntax", header);
        return directives.ToDictionary(d => d[0], d => d[1..]);
    }

    /// <summary>A keyword, a scheme source or a host source as CSP Level 3 defines them (an IPv6 literal is none of these).</summary>
    private static bool IsValidSource(string source) => SourceExpression().IsMatch(source);

    [GeneratedRegex(
        @"^(?:'(?:self|none|unsafe-inline|unsafe-eval|strict-dynamic|unsafe-hashes|report-sample|wasm-unsafe-eval)'" +
        @"|[a-z][a-z0-9+.\-]*:" +
        @"|(?:[a-z][a-z0-9+.\-]*://)?(?:\*|(?:\*\.)?[a-z0-9\-]+(?:\.[a-z0-9\-]+)*)(?::(?:[0-9]+|\*))?(?:/[A-Za-z0-9\-._~!$&()*+=:@%/]*)?)$")]
    private static partial Regex SourceExpression();
}
