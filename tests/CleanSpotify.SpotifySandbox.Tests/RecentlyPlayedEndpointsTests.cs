using System.Globalization;
using System.Net;
using System.Text.Json;

namespace CleanSpotify.SpotifySandbox.Tests;

public sealed class RecentlyPlayedEndpointsTests
{
    private static long PlayedAtMs(JsonElement item) =>
        DateTimeOffset.Parse(item.GetProperty("played_at").GetString()!, CultureInfo.InvariantCulture).ToUnixTimeMilliseconds();

    [Fact]
    public async Task RecentlyPlayed_FollowingNextCursors_Reaches50PlaysNewestFirstBeforeNow()
    {
        await using var sandbox = await SandboxDriver.StartAsync();
        var (accessToken, _) = await sandbox.LinkAsync("indie-electronic");
        var now = sandbox.Time.GetUtcNow().ToUnixTimeMilliseconds();
        var played = new List<long>();

        var path = "/me/player/recently-played?limit=20";
        var pages = 0;
        while (path is not null)
        {
            var page = await SandboxDriver.ReadJsonAsync(await sandbox.GetApiAsync(path, accessToken));
            var items = page.GetProperty("items").EnumerateArray().ToArray();
            played.AddRange(items.Select(PlayedAtMs));
            page.TryGetProperty("total", out _).Should().BeFalse();
            page.GetProperty("cursors").GetProperty("after").GetString().Should().Be(PlayedAtMs(items[0]).ToString(CultureInfo.InvariantCulture));
            page.GetProperty("cursors").GetProperty("before").GetString().Should().Be(PlayedAtMs(items[^1]).ToString(CultureInfo.InvariantCulture));
            var next = page.GetProperty("next");
            path = next.ValueKind == JsonValueKind.Null ? null : new Uri(next.GetString()!).PathAndQuery["/v1".Length..];
            pages++;
        }

        pages.Should().Be(3);
        played.Should().HaveCount(50).And.OnlyHaveUniqueItems().And.BeInDescendingOrder();
        played.Should().OnlyContain(ms => ms < now);
    }

    [Fact]
    public async Task RecentlyPlayed_AfterCursor_IsExclusiveAndMovesWithTheClock()
    {
        await using var sandbox = await SandboxDriver.StartAsync();
        var (accessToken, _) = await sandbox.LinkAsync("jazz-soul");
        var first = await SandboxDriver.ReadJsonAsync(await sandbox.GetApiAsync("/me/player/recently-played?limit=5", accessToken));
        var newest = first.GetProperty("cursors").GetProperty("after").GetString();

        var nothingNewer = await SandboxDriver.ReadJsonAsync(await sandbox.GetApiAsync($"/me/player/recently-played?after={newest}", accessToken));
        sandbox.Time.Advance(TimeSpan.FromMinutes(50));
        var later = await SandboxDriver.ReadJsonAsync(await sandbox.GetApiAsync($"/me/player/recently-played?after={newest}&limit=50", accessToken));

        nothingNewer.GetProperty("items").GetArrayLength().Should().Be(0);
        nothingNewer.GetProperty("cursors").ValueKind.Should().Be(JsonValueKind.Null);
        later.GetProperty("items").EnumerateArray().Select(PlayedAtMs).Should().OnlyContain(ms => ms > long.Parse(newest!, CultureInfo.InvariantCulture))
            .And.NotBeEmpty();
    }

    [Fact]
    public async Task RecentlyPlayed_AfterAndBeforeTogether_Returns400()
    {
        await using var sandbox = await SandboxDriver.StartAsync();
        var (accessToken, _) = await sandbox.LinkAsync();

        var response = await sandbox.GetApiAsync("/me/player/recently-played?after=1&before=2", accessToken);

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task RecentlyPlayed_WithoutScope_Returns403AndNewcomerIsEmpty()
    {
        await using var sandbox = await SandboxDriver.StartAsync();
        var (noScope, _) = await sandbox.LinkAsync(scope: "user-top-read");
        var (newcomer, _) = await sandbox.LinkAsync("newcomer");

        var forbidden = await sandbox.GetApiAsync("/me/player/recently-played", noScope);
        var empty = await SandboxDriver.ReadJsonAsync(await sandbox.GetApiAsync("/me/player/recently-played", newcomer));

        await forbidden.ShouldBeApiErrorAsync(HttpStatusCode.Forbidden, "Insufficient client scope");
        empty.GetProperty("items").GetArrayLength().Should().Be(0);
        empty.GetProperty("next").ValueKind.Should().Be(JsonValueKind.Null);
    }
}
