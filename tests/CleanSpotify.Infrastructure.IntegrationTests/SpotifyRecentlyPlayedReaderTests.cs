using System.Globalization;
using System.Net.Http.Headers;
using System.Text.Json;
using CleanSpotify.Application.Abstractions;
using CleanSpotify.Application.Common.Results;
using CleanSpotify.Application.SpotifyData;
using CleanSpotify.Infrastructure.IntegrationTests.Support;

namespace CleanSpotify.Infrastructure.IntegrationTests;

public sealed class SpotifyRecentlyPlayedReaderTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task GetRecentlyPlayedAsync_JazzSoul_Returns50PlaysNewestFirstInOneRequest()
    {
        await using var env = await TestEnvironment.StartAsync();
        var user = await env.Host.LinkAsync("jazz-soul");

        var result = await GetRecentlyPlayedAsync(env, user.AppUserId);

        result.IsSuccess.Should().BeTrue(result.Error?.Code);
        result.Value.Should().HaveCount(50);
        result.Value.Select(p => p.PlayedAt).Should().BeInDescendingOrder();
        result.Value.Should().OnlyContain(p => p.PlayedAt < env.Time.GetUtcNow() && p.PlayedAt.Offset == TimeSpan.Zero);
        result.Value.Should().OnlyContain(p => p.TrackId.Length > 0 && p.TrackName.Length > 0 && p.Artists.Count > 0 && p.AlbumName.Length > 0);
        result.Value[0].PlayedAt.Should().BeAfter(env.Time.GetUtcNow().AddHours(-1), "the newest sandbox play is minutes old");
        env.SandboxState.ApiCalls.Where(c => c.Path == "/v1/me/player/recently-played").Should().ContainSingle()
            .Which.StatusCode.Should().Be(200);
    }

    [Fact]
    public async Task GetRecentlyPlayedAsync_Play_MapsPlayedAtTrackFieldsDurationAndImageNearest300Px()
    {
        await using var env = await TestEnvironment.StartAsync();
        var user = await env.Host.LinkAsync("indie-electronic");
        var raw = await ReadRawRecentlyPlayedAsync(env, user.InitialTokens.AccessToken);

        var result = await GetRecentlyPlayedAsync(env, user.AppUserId);

        result.IsSuccess.Should().BeTrue(result.Error?.Code);
        var items = raw.GetProperty("items").EnumerateArray().ToArray();
        items.Should().HaveCount(50);
        result.Value.Should().HaveCount(items.Length);
        foreach (var (dto, wire) in result.Value.Zip(items))
        {
            var track = wire.GetProperty("track");
            dto.PlayedAt.Should().Be(DateTimeOffset.Parse(wire.GetProperty("played_at").GetString()!, CultureInfo.InvariantCulture));
            dto.TrackId.Should().Be(track.GetProperty("id").GetString());
            dto.TrackName.Should().Be(track.GetProperty("name").GetString());
            dto.Duration.Should().Be(TimeSpan.FromMilliseconds(track.GetProperty("duration_ms").GetInt32()));
            dto.Artists.Should().Equal(track.GetProperty("artists").EnumerateArray().Select(a => a.GetProperty("name").GetString()));
            dto.AlbumName.Should().Be(track.GetProperty("album").GetProperty("name").GetString());
            var image300 = track.GetProperty("album").GetProperty("images").EnumerateArray()
                .Single(i => i.GetProperty("width").GetInt32() == 300).GetProperty("url").GetString();
            dto.ImageUrl.Should().Be(new Uri(image300!));
            dto.SpotifyUrl.Should().Be(new Uri(track.GetProperty("external_urls").GetProperty("spotify").GetString()!));
        }
    }

    [Fact]
    public async Task GetRecentlyPlayedAsync_PlayedAtMillisecondsInUtc_AreKept()
    {
        await using var env = await TestEnvironment.StartAsync();
        var user = await env.Host.LinkAsync("classical-film");
        var raw = await ReadRawRecentlyPlayedAsync(env, user.InitialTokens.AccessToken);

        var result = await GetRecentlyPlayedAsync(env, user.AppUserId);

        result.IsSuccess.Should().BeTrue(result.Error?.Code);
        var wire = raw.GetProperty("items")[0].GetProperty("played_at").GetString()!;
        wire.Should().EndWith("Z");
        result.Value[0].PlayedAt.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture).Should().Be(wire);
    }

    [Fact]
    public async Task GetRecentlyPlayedAsync_NewcomerWithoutPlays_ReturnsEmptyList()
    {
        await using var env = await TestEnvironment.StartAsync();
        var user = await env.Host.LinkAsync("newcomer");

        var result = await GetRecentlyPlayedAsync(env, user.AppUserId);

        result.IsSuccess.Should().BeTrue(result.Error?.Code);
        result.Value.Should().BeEmpty();
    }

    [Fact]
    public async Task GetRecentlyPlayedAsync_UserNeverLinked_ReturnsLinkNoneWithoutCallingSpotify()
    {
        await using var env = await TestEnvironment.StartAsync();
        var appUserId = await env.Host.CreateUserAsync();

        var result = await GetRecentlyPlayedAsync(env, appUserId);

        result.IsSuccess.Should().BeFalse();
        result.Error!.Code.Should().Be("link.none");
        env.SandboxState.ApiCalls.Should().BeEmpty();
    }

    private static Task<Result<IReadOnlyList<RecentPlayDto>>> GetRecentlyPlayedAsync(TestEnvironment env, string appUserId) =>
        env.Host.InScopeAsync<ISpotifyRecentlyPlayedReader, Result<IReadOnlyList<RecentPlayDto>>>(
            reader => reader.GetRecentlyPlayedAsync(appUserId, Ct));

    private static async Task<JsonElement> ReadRawRecentlyPlayedAsync(TestEnvironment env, string accessToken)
    {
        using var http = new HttpClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, env.ApiBaseUrl + "/me/player/recently-played?limit=50");
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", accessToken);
        using var response = await http.SendAsync(request, Ct);
        response.EnsureSuccessStatusCode();
        using var document = JsonDocument.Parse(await response.Content.ReadAsStringAsync(Ct));
        return document.RootElement.Clone();
    }
}
