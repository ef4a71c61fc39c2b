using System.Net;
using CleanSpotify.Web.FunctionalTests.Support;
using Microsoft.AspNetCore.Hosting;

namespace CleanSpotify.Web.FunctionalTests;

/// <summary>A site with per-user limits low enough to reach within one test.</summary>
public sealed class LowUserLimitsFactory : CleanSpotifyWebApplicationFactory
{
    public const int RefreshesPerMinute = 2;

    public const int ActionsPerMinute = 3;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Refresh:PermitsPerMinute", RefreshesPerMinute.ToString(System.Globalization.CultureInfo.InvariantCulture));
        builder.UseSetting("RateLimits:ActionsPerUserPerMinute", ActionsPerMinute.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }
}

/// <summary>
/// Limits on signed-in features are kept per user, after authentication: anonymous requests and other users can
/// never spend a user's allowance. All test clients share one (missing) client address, which is what makes these
/// tests able to fail if limits were kept per address or in one shared bucket.
/// </summary>
public sealed class UserRateLimitTests(LowUserLimitsFactory factory) : IClassFixture<LowUserLimitsFactory>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Refresh_TenAnonymousPostsWithoutCookieOrToken_LeaveEverySignedInUsersAllowanceWhole()
    {
        using var user = await factory.SignedUpSessionAsync("refresher");
        await user.LinkSuccessfullyAsAsync(Listeners.JazzSoul);
        using var anonymous = factory.CreateBrowserClient();

        for (var attempt = 0; attempt < 10; attempt++)
        {
            using var form = new FormUrlEncodedContent([new("returnUrl", "/top/tracks")]);
            var response = await anonymous.PostAsync(new Uri("/refresh", UriKind.Relative), form, Ct);
            response.StatusCode.Should().Be(HttpStatusCode.Redirect, "an anonymous request is sent to sign in, never counted against anyone");
            response.LocationText().Should().StartWith("/account/login");
        }

        for (var press = 0; press < LowUserLimitsFactory.RefreshesPerMinute; press++)
        {
            var refreshed = await user.SubmitFormAsync("/top/tracks", "/refresh");
            refreshed.StatusCode.Should().Be(HttpStatusCode.Redirect, "the user's own allowance is untouched");
            refreshed.LocationText().Should().StartWith("/top/tracks");
        }
    }

    [Fact]
    public async Task Refresh_OneUserOverTheirLimit_Gets429WhileAnotherUserIsNotAffected()
    {
        using var greedy = await factory.SignedUpSessionAsync("greedy");
        await greedy.LinkSuccessfullyAsAsync(Listeners.IndieElectronic);
        using var other = await factory.SignedUpSessionAsync("other");
        await other.LinkSuccessfullyAsAsync(Listeners.ClassicalFilm);

        for (var press = 0; press < LowUserLimitsFactory.RefreshesPerMinute; press++)
        {
            (await greedy.SubmitFormAsync("/top/tracks", "/refresh")).StatusCode.Should().Be(HttpStatusCode.Redirect);
        }

        var limited = await greedy.SubmitFormAsync("/top/tracks", "/refresh");
        var othersPress = await other.SubmitFormAsync("/top/tracks", "/refresh");

        limited.StatusCode.Should().Be(HttpStatusCode.TooManyRequests);
        limited.Headers.RetryAfter!.Delta.Should().BePositive();
        (await HtmlPage.ParseAsync(limited, Ct)).Text.Should().Contain("Too many attempts").And.Contain("Wait a minute");
        othersPress.StatusCode.Should().Be(HttpStatusCode.Redirect, "each user has an allowance of their own");
    }

    [Fact]
    public async Task Export_OneUserOverTheActionsLimit_Gets429WhileAnotherUserDownloads()
    {
        using var greedy = await factory.SignedUpSessionAsync("exporter");
        await greedy.LinkSuccessfullyAsAsync(Listeners.HipHopRnb);
        using var other = await factory.SignedUpSessionAsync("other-exporter");
        await other.LinkSuccessfullyAsAsync(Listeners.Newcomer);

        // Linking was one action of the minute's allowance already.
        for (var download = 1; download < LowUserLimitsFactory.ActionsPerMinute; download++)
        {
            (await greedy.GetAsync("/top/tracks/export?range=short_term&format=csv")).StatusCode.Should().Be(HttpStatusCode.OK);
        }

        var limited = await greedy.GetAsync("/top/tracks/export?range=short_term&format=csv");
        var othersDownload = await other.GetAsync("/top/tracks/export?range=short_term&format=csv");

        limited.StatusCode.Should().Be(HttpStatusCode.TooManyRequests);
        othersDownload.StatusCode.Should().Be(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Link_PostedMoreOftenThanTheActionsLimit_Gets429ForThatUserOnly()
    {
        using var eager = await factory.SignedUpSessionAsync("eager-linker");
        using var other = await factory.SignedUpSessionAsync("calm-linker");

        for (var attempt = 0; attempt < LowUserLimitsFactory.ActionsPerMinute; attempt++)
        {
            (await eager.PostLinkFormAsync()).StatusCode.Should().Be(HttpStatusCode.Redirect);
        }

        var limited = await eager.PostLinkFormAsync();
        var othersAttempt = await other.PostLinkFormAsync();

        limited.StatusCode.Should().Be(HttpStatusCode.TooManyRequests);
        othersAttempt.StatusCode.Should().Be(HttpStatusCode.Redirect);
    }
}
