using System.Net;
using System.Text.Json;
using CleanSpotify.Web.FunctionalTests.Support;

namespace CleanSpotify.Web.FunctionalTests;

/// <summary>
/// The background collector against the sandbox, one sweep at a time on a fake clock shared with the sandbox: every
/// play stored once, the pace, the gaps, and the limits (cool-down, reconnect, daily snapshots).
/// </summary>
public sealed class CollectorTests(CollectorFactory factory) : IClassFixture<CollectorFactory>
{
    private static readonly TimeSpan Minute = TimeSpan.FromMinutes(1);

    [Fact]
    public async Task Sweeps_OverManyPollsAndARestart_StoreEveryPlayExactlyOnce()
    {
        var listener = factory.NewListener();
        var (session, userId) = await factory.LinkedUserAsync(listener, playEvery: TimeSpan.FromSeconds(45));
        using var _ = session;

        var callsBefore = factory.RecentlyPlayedCalls(listener);
        await factory.CollectAsync();
        factory.RecentlyPlayedCalls(listener).Should().Be(callsBefore + 1, "a user is due at once after linking");
        var firstPlays = await factory.StoredPlaysAsync(userId);
        firstPlays.Should().HaveCount(50, "the first poll brings in Spotify's last 50 plays");

        await factory.CollectEveryAsync(Minute, 60);
        await using (var restarted = factory.WithWebHostBuilder(_ => { }))
        {
            // A new host on the same database carries on from the stored cursor.
            var before = factory.RecentlyPlayedCalls(listener);
            factory.Clock.Advance(TimeSpan.FromMinutes(20));
            await CollectorFactory.CollectAsync(restarted.Services);
            factory.RecentlyPlayedCalls(listener).Should().Be(before + 1, "the user is due after the longest interval");
        }

        await factory.CollectEveryAsync(Minute, 30);

        var stored = await factory.StoredPlaysAsync(userId);
        var truth = factory.SandboxPlays(listener, DateTimeOffset.FromUnixTimeMilliseconds(firstPlays[0].PlayedAt));
        stored.Should().Equal(truth.Where(p => p.PlayedAt <= stored[^1].PlayedAt), "every play that happened is stored once, in order");
        stored.Count.Should().BeGreaterThan(150, "an hour and a half at a play every 45 seconds adds about 120 plays");
        (await factory.CountAsync("ListeningGaps", userId)).Should().Be(0, "20 minutes at this pace never fills a page");
    }

    [Fact]
    public async Task Pace_HeavyListenerIsPolledMoreOftenThanAnIdleOne()
    {
        var heavy = factory.NewListener();
        var idle = factory.NewListener(Listeners.ClassicalFilm);
        using var heavyUser = (await factory.LinkedUserAsync(heavy, playEvery: TimeSpan.FromSeconds(10))).Session;
        using var idleUser = (await factory.LinkedUserAsync(idle, playEvery: TimeSpan.FromHours(3))).Session;
        await factory.CollectAsync();
        var heavyBefore = factory.RecentlyPlayedCalls(heavy);
        var idleBefore = factory.RecentlyPlayedCalls(idle);

        await factory.CollectEveryAsync(Minute, 120);

        var heavyPolls = factory.RecentlyPlayedCalls(heavy) - heavyBefore;
        var idlePolls = factory.RecentlyPlayedCalls(idle) - idleBefore;
        idlePolls.Should().BeInRange(6, 8, "an idle listener is polled about every 20 minutes (History:PollInterval), a little sooner at random");
        heavyPolls.Should().BeGreaterThan(2 * idlePolls, "a play every 10 seconds fills half a page in about 4 minutes");
    }

    [Fact]
    public async Task Gaps_ListenerFasterThanTheMinimumInterval_AreRecorded_AndNoPlayIsStoredTwice()
    {
        var listener = factory.NewListener();
        var (session, userId) = await factory.LinkedUserAsync(listener, playEvery: TimeSpan.FromSeconds(1));
        using var _ = session;
        await factory.CollectAsync();

        await factory.CollectEveryAsync(Minute, 40);

        var gaps = await factory.Store.QueryAsync(
            """SELECT "From", "To" FROM "ListeningGaps" WHERE "AppUserId" = @user""", ("@user", userId));
        gaps.Should().NotBeEmpty("more than 50 plays end between two polls at a play a second");
        gaps.Should().OnlyContain(g => Convert.ToInt64(g[0], System.Globalization.CultureInfo.InvariantCulture) < Convert.ToInt64(g[1], System.Globalization.CultureInfo.InvariantCulture));
        var stored = await factory.StoredPlaysAsync(userId);
        stored.Should().OnlyHaveUniqueItems();
        var truth = factory.SandboxPlays(listener, DateTimeOffset.FromUnixTimeMilliseconds(stored[0].PlayedAt)).ToHashSet();
        stored.Should().OnlyContain(p => truth.Contains(p), "only plays that happened are stored");
    }

    [Fact]
    public async Task Cooldown_AfterSpotifySaysWait_NoCallIsMadeUntilItEnds()
    {
        var limited = factory.NewListener();
        var other = factory.NewListener();
        using var first = (await factory.LinkedUserAsync(limited)).Session;
        using var second = (await factory.LinkedUserAsync(other)).Session;
        factory.Sandbox.State.Faults.RateLimit(600, quotaExceeded: false, count: 1, limited);
        factory.Clock.Advance(TimeSpan.FromHours(1));

        var stopped = await factory.CollectAsync();
        var callsAfter429 = factory.Sandbox.State.ApiCallCount;
        factory.Clock.Advance(TimeSpan.FromMinutes(5));
        var during = await factory.CollectAsync();

        stopped.StoppedByCooldown.Should().BeTrue();
        during.StoppedByCooldown.Should().BeTrue();
        during.Polled.Should().Be(0);
        factory.Sandbox.State.ApiCallCount.Should().Be(callsAfter429, "no Spotify call may happen during the cool-down");

        factory.Clock.Advance(TimeSpan.FromMinutes(6));
        (await factory.CollectAsync()).Polled.Should().BeGreaterThan(0, "collection resumes once the cool-down is over");
    }

    [Fact]
    public async Task DailySnapshots_AreTakenForAUserWhoNeverVisits()
    {
        var listener = factory.NewListener(Listeners.JazzSoul);
        var (session, userId) = await factory.LinkedUserAsync(listener);
        using var _ = session;

        await factory.TakeSnapshotsAsync();
        (await factory.CountAsync("RankSnapshots", userId)).Should().Be(6, "tracks and artists, three ranges each");
        var callsAfterFirst = factory.Sandbox.State.CountApiCalls(listener);

        factory.Clock.Advance(TimeSpan.FromHours(2));
        await factory.TakeSnapshotsAsync();
        factory.Sandbox.State.CountApiCalls(listener).Should().Be(callsAfterFirst, "snapshots are taken once a day");

        factory.Clock.Advance(TimeSpan.FromHours(23));
        await factory.TakeSnapshotsAsync();
        (await factory.CountAsync("RankSnapshots", userId)).Should().Be(12, "the next day gets its own six snapshots");
    }

    [Fact]
    public async Task DeleteMyListeningHistory_RemovesPlaysAndGaps_KeepsTheLink_AndSaysSo()
    {
        var listener = factory.NewListener();
        var (session, userId) = await factory.LinkedUserAsync(listener);
        using var _ = session;
        await factory.CollectAsync();
        (await factory.CountAsync("Plays", userId)).Should().Be(50);

        var deleted = await session.SubmitFormAsync("/spotify", "/history/delete");

        deleted.StatusCode.Should().Be(HttpStatusCode.Redirect);
        deleted.Headers.Location!.OriginalString.Should().Be("/spotify");
        (await session.GetPageAsync("/spotify")).Text.Should().Contain("Your listening history was deleted (50 plays).");
        (await factory.CountAsync("Plays", userId)).Should().Be(0);
        (await factory.CountAsync("ListeningGaps", userId)).Should().Be(0);
        (await factory.CountAsync("SpotifyLinks", userId)).Should().Be(1, "deleting the history does not unlink");
    }

    [Fact]
    public async Task Unlink_KeepsThePlays_AndStopsCollecting()
    {
        var listener = factory.NewListener();
        var (session, userId) = await factory.LinkedUserAsync(listener);
        using var _ = session;
        await factory.CollectAsync();
        var calls = factory.RecentlyPlayedCalls(listener);

        (await session.SubmitFormAsync("/spotify", "/spotify/unlink")).StatusCode.Should().Be(HttpStatusCode.Redirect);
        await factory.CollectEveryAsync(TimeSpan.FromMinutes(30), 2);

        (await factory.CountAsync("Plays", userId)).Should().Be(50, "unlinking keeps the listening history");
        factory.RecentlyPlayedCalls(listener).Should().Be(calls, "an unlinked user is not polled");
    }

    [Fact]
    public async Task RelinkToAnotherSpotifyAccount_KeepsThePlays_AndCollectsTheNewAccountFromItsLast50()
    {
        var first = factory.NewListener();
        var second = factory.NewListener(Listeners.JazzSoul);
        var (session, userId) = await factory.LinkedUserAsync(first);
        using var _ = session;
        await factory.CollectAsync();

        await session.LinkSuccessfullyAsAsync(second);
        var sweep = await factory.CollectAsync();

        sweep.GapsRecorded.Should().Be(0, "a new link starts afresh instead of comparing with the old account's plays");
        factory.RecentlyPlayedCalls(second).Should().Be(1, "the new link is due at once");
        var stored = (await factory.StoredPlaysAsync(userId)).ToHashSet();
        stored.Should().HaveCount(100, "the first account's 50 plays stay, and the second account's last 50 join them");
        stored.Should().Contain(factory.SandboxPlays(second, factory.Clock.GetUtcNow().AddDays(-30)).TakeLast(50));
    }

    [Fact]
    public async Task DataDownload_SummarisesTheListeningHistory()
    {
        var listener = factory.NewListener();
        var (session, _) = await factory.LinkedUserAsync(listener);
        using var __ = session;
        await factory.CollectAsync();

        var response = await session.GetAsync("/account/data");

        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        var history = json.RootElement.GetProperty("listeningHistory");
        history.GetProperty("playCount").GetInt32().Should().Be(50);
        history.GetProperty("firstPlayedAt").GetDateTimeOffset().Should().BeBefore(history.GetProperty("lastPlayedAt").GetDateTimeOffset());
    }

    [Fact]
    public async Task DeleteAccount_RemovesThePlays()
    {
        var listener = factory.NewListener();
        var (session, userId) = await factory.LinkedUserAsync(listener);
        using var _ = session;
        await factory.CollectAsync();

        var response = await session.SubmitFormAsync("/spotify", "/account/delete", new Dictionary<string, string?> { ["Password"] = TestEmails.Password });

        response.StatusCode.Should().Be(HttpStatusCode.Redirect);
        (await factory.CountAsync("Plays", userId)).Should().Be(0);
        (await factory.CountAsync("PlayCollections", userId)).Should().Be(0);
    }
}

/// <summary>
/// A link that needs reconnecting, on a site of its own: every token request the sandbox counts is this user's, so
/// "no token request" is exact.
/// </summary>
public sealed class CollectorReconnectTests(CollectorFactory factory) : IClassFixture<CollectorFactory>
{
    private static readonly TimeSpan Minute = TimeSpan.FromMinutes(1);

    [Fact]
    public async Task LinkNeedingReconnect_IsSkippedWithoutATokenRequest_AndCollectionResumesAfterReconnecting()
    {
        var listener = factory.NewListener();
        var (session, userId) = await factory.LinkedUserAsync(listener);
        using var _ = session;
        factory.Sandbox.State.Faults.RevokeRefreshTokens(listener);
        factory.Sandbox.State.Faults.ExpireAccessTokens(listener);
        await session.GetPageAsync("/top/tracks");
        (await session.GetPageAsync("/spotify")).Find("[data-testid=link-health]")!.TextContent.Should().Be("Needs reconnecting");
        var tokenRequests = factory.Sandbox.State.TokenRequestCount;
        factory.Clock.Advance(TimeSpan.FromHours(2));

        await factory.CollectAsync();

        factory.RecentlyPlayedCalls(listener).Should().Be(0);
        factory.Sandbox.State.TokenRequestCount.Should().Be(tokenRequests, "a link that needs reconnecting is never asked for a token");

        await session.LinkSuccessfullyAsAsync(listener);
        await factory.CollectEveryAsync(Minute, 21);
        (await factory.StoredPlaysAsync(userId)).Should().NotBeEmpty("collection resumes after reconnecting");
    }
}

/// <summary>The collector yields to browsing: it never takes more than History:MaxBudgetShare of a user's call budget.</summary>
public sealed class CollectorBudgetTests(TightBudgetCollectorFactory factory) : IClassFixture<TightBudgetCollectorFactory>
{
    [Fact]
    public async Task Sweep_UserWhoSpentHalfTheirBudgetBrowsing_IsSkippedUntilTheMinuteHasPassed()
    {
        var listener = factory.NewListener();
        var (session, userId) = await factory.LinkedUserAsync(listener);
        using var _ = session;
        (await session.GetAsync("/top/tracks?range=short_term")).StatusCode.Should().Be(HttpStatusCode.OK);
        (await session.GetAsync("/top/tracks?range=long_term")).StatusCode.Should().Be(HttpStatusCode.OK);

        var busy = await factory.CollectAsync();

        busy.Skipped.Should().Be(1);
        factory.RecentlyPlayedCalls(listener).Should().Be(0, "2 of 4 calls in the last minute is the collector's whole share");

        factory.Clock.Advance(TimeSpan.FromMinutes(1));
        var later = await factory.CollectAsync();

        later.Polled.Should().Be(1);
        (await factory.CountAsync("Plays", userId)).Should().Be(50);
    }
}
