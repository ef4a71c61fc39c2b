using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using CleanSpotify.Web.FunctionalTests.Support;
using Microsoft.AspNetCore.Hosting;

namespace CleanSpotify.Web.FunctionalTests;

/// <summary>A site on a fake clock whose users may each cause 3 Spotify calls a minute.</summary>
public sealed class LowSpotifyBudgetFactory : FakeClockFactory
{
    public const int CallsPerMinute = 3;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("RateLimits:SpotifyCallsPerUserPerMinute", CallsPerMinute.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }
}

/// <summary>
/// Each user's Spotify call budget seen from the pages: over it, a user gets a page (or a kept copy) that says so,
/// for them alone; nothing reaches Spotify, so no app-wide pause ever starts.
/// </summary>
public sealed class SpotifyBudgetTests(LowSpotifyBudgetFactory factory) : IClassFixture<LowSpotifyBudgetFactory>
{
    [Fact]
    public async Task Pages_BeyondTheUsersBudget_ShowAPauseForThatUserAloneUntilTheMinutePasses()
    {
        using var greedy = await factory.SignedUpSessionAsync("budget");
        await greedy.LinkSuccessfullyAsAsync(Listeners.JazzSoul);
        using var other = await factory.SignedUpSessionAsync("bystander");
        await other.LinkSuccessfullyAsAsync(Listeners.IndieElectronic);
        factory.Clock.Advance(TimeSpan.FromMinutes(2));
        var callsBefore = SpotifyCallsOf(Listeners.JazzSoul);

        foreach (var path in new[] { "/top/tracks?range=short_term", "/top/artists?range=short_term", "/recent" })
        {
            (await greedy.GetAsync(path)).StatusCode.Should().Be(HttpStatusCode.OK, path);
        }

        var paused = await greedy.GetPageAsync("/top/tracks?range=long_term");
        var othersPage = await other.GetAsync("/top/tracks?range=long_term");

        paused.StatusCode.Should().Be(HttpStatusCode.TooManyRequests);
        paused.Find("#problem-title")!.TextContent.Should().Be("A short pause for your account");
        paused.Find("[data-testid=problem-message]")!.TextContent.Should().Contain("Only your account is affected");
        paused.Response.Headers.RetryAfter!.Delta.Should().Be(TimeSpan.FromMinutes(1));
        SpotifyCallsOf(Listeners.JazzSoul).Should().Be(callsBefore + LowSpotifyBudgetFactory.CallsPerMinute, "the refused read never reached Spotify");
        othersPage.StatusCode.Should().Be(HttpStatusCode.OK, "another user's budget is their own and no app-wide pause started");
        factory.Sandbox.State.ApiCalls.Should().NotContain(c => c.StatusCode == 429);

        factory.Clock.Advance(TimeSpan.FromMinutes(1));
        (await greedy.GetAsync("/top/tracks?range=long_term")).StatusCode.Should().Be(HttpStatusCode.OK, "the budget comes back after a minute");
    }

    [Fact]
    public async Task Page_BeyondTheBudgetWithAKeptCopy_ShowsTheCopyWithANoticeThatSaysWhy()
    {
        using var user = await factory.SignedUpSessionAsync("kept-copy");
        await user.LinkSuccessfullyAsAsync(Listeners.ClassicalFilm);
        (await user.GetAsync("/top/tracks?range=long_term")).StatusCode.Should().Be(HttpStatusCode.OK);
        factory.Clock.Advance(TimeSpan.FromMinutes(2));
        (await user.SubmitFormAsync("/top/tracks?range=long_term", "/refresh")).StatusCode.Should().Be(HttpStatusCode.Redirect);
        foreach (var path in new[] { "/top/tracks?range=short_term", "/top/artists?range=short_term", "/top/artists?range=long_term" })
        {
            (await user.GetAsync(path)).StatusCode.Should().Be(HttpStatusCode.OK, path);
        }

        var page = await user.GetPageAsync("/top/tracks?range=long_term");

        page.StatusCode.Should().Be(HttpStatusCode.OK);
        page.FindAll("li.track").Should().NotBeEmpty("the copy kept from two minutes ago is shown");
        page.Find("[data-testid=stale-banner]")!.TextContent.Should().Contain("Only your account is affected").And.Contain("This is the copy from");
    }

    private int SpotifyCallsOf(string listenerKey) => factory.Sandbox.State.ApiCalls.Count(c => c.ListenerKey == listenerKey);
}

/// <summary>
/// One user scripting page numbers against a Spotify with an app-wide rolling limit, as the real one has: pages past
/// the end of a list are answered from the known total, so the script costs at most the pages that exist, and the
/// app-wide pause that a Spotify 429 would start for everyone never happens.
/// </summary>
public sealed class PageScriptingTests(CleanSpotifyWebApplicationFactory factory) : IClassFixture<CleanSpotifyWebApplicationFactory>
{
    private static readonly string[] Ranges = ["short_term", "medium_term", "long_term"];

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task TwoHundredScriptedPageViews_CostAtMostTheExistingPagesAndNeverPauseSpotifyForEveryone()
    {
        using var scripter = await factory.SignedUpSessionAsync("scripter");
        await scripter.LinkSuccessfullyAsAsync(Listeners.JazzSoul);
        using var bystander = await factory.SignedUpSessionAsync("bystander");
        await bystander.LinkSuccessfullyAsAsync(Listeners.HipHopRnb);
        factory.Sandbox.State.Faults.AppRateLimit(calls: 12, window: TimeSpan.FromMinutes(5));
        var callsBefore = TopCallsOf(Listeners.JazzSoul);

        for (var view = 0; view < 200; view++)
        {
            var list = view % 2 == 0 ? "tracks" : "artists";
            var path = $"/top/{list}?range={Ranges[view / 2 % 3]}&page={1 + (view / 6)}";
            (await scripter.GetAsync(path)).StatusCode.Should().Be(HttpStatusCode.OK, path);
        }

        var scriptCalls = TopCallsOf(Listeners.JazzSoul) - callsBefore;
        var bystanderPage = await bystander.GetAsync("/top/tracks");
        factory.Sandbox.State.Faults.AppRateLimit(calls: 0, window: TimeSpan.FromMinutes(5));
        var existingPages = await ExistingPagesAsync(Listeners.JazzSoul);

        scriptCalls.Should().BeLessThanOrEqualTo(existingPages).And.BePositive();
        factory.Sandbox.State.ApiCalls.Should().NotContain(c => c.StatusCode == 429, "Spotify's app-wide limit was never reached");
        bystanderPage.StatusCode.Should().Be(HttpStatusCode.OK, "no app-wide pause started");
    }

    private int TopCallsOf(string listenerKey) =>
        factory.Sandbox.State.ApiCalls.Count(c => c.ListenerKey == listenerKey && c.Path.StartsWith("/v1/me/top/", StringComparison.Ordinal));

    /// <summary>The pages of 50 that the listener's six top lists have, from the sandbox's own totals.</summary>
    private async Task<int> ExistingPagesAsync(string listenerKey)
    {
        var token = factory.Sandbox.State.ApiCalls.Last(c => c.ListenerKey == listenerKey && c.StatusCode == 200 && c.AccessToken is not null).AccessToken;
        var pages = 0;
        foreach (var type in new[] { "tracks", "artists" })
        {
            foreach (var range in Ranges)
            {
                using var request = new HttpRequestMessage(HttpMethod.Get, new Uri($"{factory.Sandbox.ApiBaseUrl.ToString().TrimEnd('/')}/me/top/{type}?time_range={range}&limit=1"));
                request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
                using var response = await factory.SandboxClient.SendAsync(request, Ct);
                response.EnsureSuccessStatusCode();
                using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync(Ct));
                pages += Math.Max(1, (json.RootElement.GetProperty("total").GetInt32() + 49) / 50);
            }
        }

        return pages;
    }
}
