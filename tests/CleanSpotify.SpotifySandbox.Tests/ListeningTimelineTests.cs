using System.Globalization;
using System.Net;
using System.Text.Json;

namespace CleanSpotify.SpotifySandbox.Tests;

/// <summary>Listeners keep listening: plays at fixed instants, paces, cursors and the ground truth behind them.</summary>
public sealed class ListeningTimelineTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static Task<HttpResponseMessage> SetPaceAsync(SandboxDriver sandbox, string listenerId, string json) =>
        sandbox.PostJsonAsync($"/sandbox/control/listeners/{listenerId}/pace", json);

    private static async Task<JsonElement[]> RecentAsync(SandboxDriver sandbox, string accessToken, string query)
    {
        var response = await sandbox.GetApiAsync($"/me/player/recently-played?{query}", accessToken);
        response.StatusCode.Should().Be(HttpStatusCode.OK);
        return (await SandboxDriver.ReadJsonAsync(response)).GetProperty("items").EnumerateArray().ToArray();
    }

    private static string[] Plays(IEnumerable<JsonElement> items) =>
        items.Select(item => $"{item.GetProperty("played_at").GetString()} {item.GetProperty("track").GetProperty("id").GetString()}").ToArray();

    private static string[] Plays(IEnumerable<SandboxPlay> plays) =>
        plays.Select(play => $"{play.PlayedAt.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture)} {play.TrackId}").ToArray();

    private static long Ms(DateTimeOffset instant) => instant.ToUnixTimeMilliseconds();

    [Fact]
    public async Task RecentlyPlayed_AcrossCallsAndClockAdvances_KeepsEachPlaysPlayedAt()
    {
        await using var sandbox = await SandboxDriver.StartAsync(options => options.AccessTokenLifetime = TimeSpan.FromDays(1));
        var (accessToken, _) = await sandbox.LinkAsync("jazz-soul");
        var first = Plays(await RecentAsync(sandbox, accessToken, "limit=50"));
        var again = Plays(await RecentAsync(sandbox, accessToken, "limit=50"));

        sandbox.Time.Advance(TimeSpan.FromHours(1));
        var later = Plays(await RecentAsync(sandbox, accessToken, "limit=50"));

        again.Should().Equal(first);
        later.Should().HaveCount(50);
        later.Intersect(first).Should().HaveCountGreaterThan(30).And.Equal(first.Take(later.Intersect(first).Count()));
        later.Except(first).Should().NotBeEmpty();
    }

    [Fact]
    public async Task Pace_OfSixtySeconds_AddsAnHoursPlaysExactlyAsTheGroundTruthSays()
    {
        await using var sandbox = await SandboxDriver.StartAsync(options => options.AccessTokenLifetime = TimeSpan.FromDays(1));
        var (accessToken, _) = await sandbox.LinkAsync("hiphop-rnb");
        var start = sandbox.Time.GetUtcNow();

        var pace = await SetPaceAsync(sandbox, "hiphop-rnb", "{\"playEverySeconds\":60}");
        sandbox.Time.Advance(TimeSpan.FromHours(1));
        var truth = sandbox.State.GetPlays("hiphop-rnb", start, sandbox.Time.GetUtcNow());
        var overHttp = await SandboxDriver.ReadJsonAsync(
            await sandbox.GetAsync($"/sandbox/control/listeners/jaylenbrooks/plays?from={Ms(start)}&to={Ms(sandbox.Time.GetUtcNow())}"));
        var after = await RecentAsync(sandbox, accessToken, $"after={Ms(truth[^21].PlayedAt)}&limit=5");
        var latest = await RecentAsync(sandbox, accessToken, "limit=50");

        pace.StatusCode.Should().Be(HttpStatusCode.NoContent);
        truth.Count.Should().BeInRange(59, 61);
        truth.Select(play => play.PlayedAt).Should().BeInAscendingOrder();
        overHttp.EnumerateArray().Select(play =>
            $"{play.GetProperty("playedAt").GetString()} {play.GetProperty("trackId").GetString()}").Should().Equal(Plays(truth));
        overHttp[0].GetProperty("durationMs").GetInt32().Should().Be(truth[0].DurationMs);
        overHttp[0].GetProperty("trackName").GetString().Should().Be(truth[0].TrackName);
        Plays(after).Should().Equal(Plays(truth.TakeLast(20).Take(5).Reverse()));
        Plays(latest).Should().Equal(Plays(truth.TakeLast(50).Reverse()));
    }

    [Fact]
    public async Task Pace_ChangedLater_LeavesEndedPlaysAsTheyWere()
    {
        await using var sandbox = await SandboxDriver.StartAsync();
        var start = sandbox.Time.GetUtcNow();
        sandbox.State.SetListeningPace("indie-electronic", TimeSpan.FromMinutes(2));
        sandbox.Time.Advance(TimeSpan.FromHours(1));
        var before = Plays(sandbox.State.GetPlays("indie-electronic", start, sandbox.Time.GetUtcNow()));

        sandbox.State.SetListeningPace("indie-electronic", TimeSpan.FromSeconds(10));
        sandbox.Time.Advance(TimeSpan.FromMinutes(10));
        var after = Plays(sandbox.State.GetPlays("indie-electronic", start, sandbox.Time.GetUtcNow()));

        before.Length.Should().BeInRange(29, 31);
        after.Take(before.Length).Should().Equal(before);
        (after.Length - before.Length).Should().BeInRange(59, 61);
    }

    [Fact]
    public async Task ListeningPaceOption_ScalesEveryListener()
    {
        await using var sandbox = await SandboxDriver.StartAsync(options => options.ListeningPace = 10);
        var start = sandbox.Time.GetUtcNow();
        sandbox.State.GetPlays("jazz-soul", start, start).Should().BeEmpty();

        sandbox.Time.Advance(TimeSpan.FromHours(1));

        sandbox.State.GetPlays("jazz-soul", start, sandbox.Time.GetUtcNow()).Count.Should().BeInRange(49, 51);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    [InlineData(double.NaN)]
    public async Task Start_WithAListeningPaceNotAbove0_IsRefused(double pace)
    {
        var start = () => SandboxDriver.StartAsync(options => options.ListeningPace = pace);

        await start.Should().ThrowAsync<ArgumentOutOfRangeException>().WithMessage("*Sandbox:ListeningPace*");
    }

    [Fact]
    public async Task Plays_NotYetEnded_AreNotInTheGroundTruth()
    {
        await using var sandbox = await SandboxDriver.StartAsync();
        var start = sandbox.Time.GetUtcNow();

        var now = sandbox.State.GetPlays("hiphop-rnb", start, start.AddDays(1));
        sandbox.Time.Advance(TimeSpan.FromDays(1));
        var dayLater = sandbox.State.GetPlays("hiphop-rnb", start, start.AddDays(1));

        now.Should().BeEmpty();
        dayLater.Should().NotBeEmpty().And.OnlyContain(play => play.PlayedAt > start);
    }

    [Fact]
    public async Task RecentlyPlayed_AfterAndBefore_ReturnTheNeighboursOfTheCursorNewestFirst()
    {
        await using var sandbox = await SandboxDriver.StartAsync();
        var (accessToken, _) = await sandbox.LinkAsync("classical-film");
        var all = await RecentAsync(sandbox, accessToken, "limit=50");
        var cursor = DateTimeOffset.Parse(all[10].GetProperty("played_at").GetString()!, CultureInfo.InvariantCulture);

        var byDefault = await RecentAsync(sandbox, accessToken, string.Empty);
        var before = await RecentAsync(sandbox, accessToken, $"before={Ms(cursor)}&limit=5");
        var after = await RecentAsync(sandbox, accessToken, $"after={Ms(cursor)}&limit=5");
        var tooMany = await sandbox.GetApiAsync("/me/player/recently-played?limit=51", accessToken);
        var none = await sandbox.GetApiAsync("/me/player/recently-played?limit=0", accessToken);

        Plays(byDefault).Should().Equal(Plays(all.Take(20)));
        Plays(before).Should().Equal(Plays(all.Skip(11).Take(5)));
        Plays(after).Should().Equal(Plays(all.Skip(5).Take(5)));
        tooMany.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        none.StatusCode.Should().Be(HttpStatusCode.BadRequest);
    }

    [Theory]
    [InlineData("{\"playEverySeconds\":0}")]
    [InlineData("{\"playEverySeconds\":-5}")]
    [InlineData("{\"playEverySeconds\":\"often\"}")]
    [InlineData("{}")]
    public async Task Pace_WithoutAPositiveNumberOfSeconds_Returns400(string json)
    {
        await using var sandbox = await SandboxDriver.StartAsync();

        var response = await SetPaceAsync(sandbox, "jazz-soul", json);

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await response.Content.ReadAsStringAsync(Ct)).Should().Contain("error");
    }

    [Fact]
    public async Task ControlListenerRoutes_ForAnUnknownListener_Return404()
    {
        await using var sandbox = await SandboxDriver.StartAsync();

        var pace = await SetPaceAsync(sandbox, "nobody", "{\"playEverySeconds\":60}");
        var plays = await sandbox.GetAsync("/sandbox/control/listeners/nobody/plays?from=0&to=1");

        pace.StatusCode.Should().Be(HttpStatusCode.NotFound);
        plays.StatusCode.Should().Be(HttpStatusCode.NotFound);
    }

    [Theory]
    [InlineData("from=5")]
    [InlineData("from=10&to=5")]
    [InlineData("from=abc&to=5")]
    [InlineData("from=0&to=9999999999999")]
    public async Task Plays_WithoutAValidBoundedPeriod_Returns400(string query)
    {
        await using var sandbox = await SandboxDriver.StartAsync();
        sandbox.State.SetListeningPace("jazz-soul", TimeSpan.FromMilliseconds(1));
        sandbox.Time.Advance(TimeSpan.FromMinutes(1));

        var response = await sandbox.GetAsync($"/sandbox/control/listeners/jazz-soul/plays?{query}");

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
    }
}
