using System.Net;
using System.Text.Json;

namespace CleanSpotify.SpotifySandbox.Tests;

public sealed class TopItemsEndpointsTests
{
    [Theory]
    [InlineData("limit=0")]
    [InlineData("limit=51")]
    [InlineData("limit=ten")]
    public async Task TopTracks_LimitOutOfRange_Returns400InvalidLimit(string query)
    {
        await using var sandbox = await SandboxDriver.StartAsync();
        var (accessToken, _) = await sandbox.LinkAsync();

        var response = await sandbox.GetApiAsync($"/me/top/tracks?{query}", accessToken);

        await response.ShouldBeApiErrorAsync(HttpStatusCode.BadRequest, "Invalid limit");
    }

    [Fact]
    public async Task TopTracks_UnknownTimeRange_Returns400()
    {
        await using var sandbox = await SandboxDriver.StartAsync();
        var (accessToken, _) = await sandbox.LinkAsync();

        var response = await sandbox.GetApiAsync("/me/top/artists?time_range=forever", accessToken);

        await response.ShouldBeApiErrorAsync(HttpStatusCode.BadRequest, "Invalid time range");
    }

    [Fact]
    public async Task TopTracks_WithoutTopReadScope_Returns403()
    {
        await using var sandbox = await SandboxDriver.StartAsync();
        var (accessToken, _) = await sandbox.LinkAsync(scope: "user-read-private user-read-email");

        var response = await sandbox.GetApiAsync("/me/top/tracks", accessToken);

        await response.ShouldBeApiErrorAsync(HttpStatusCode.Forbidden, "Insufficient client scope");
    }

    [Fact]
    public async Task TopTracks_PagedAcross87Items_LinksPagesAndCoversEveryTrackOnce()
    {
        await using var sandbox = await SandboxDriver.StartAsync();
        var (accessToken, _) = await sandbox.LinkAsync("jazz-soul");
        var api = sandbox.Host.ApiBaseUrl;

        var first = await SandboxDriver.ReadJsonAsync(await sandbox.GetApiAsync("/me/top/tracks?limit=50&time_range=medium_term", accessToken));
        var nextPath = new Uri(first.GetProperty("next").GetString()!).PathAndQuery["/v1".Length..];
        var second = await SandboxDriver.ReadJsonAsync(await sandbox.GetApiAsync(nextPath, accessToken));

        first.GetProperty("href").GetString().Should().Be($"{api}/me/top/tracks?limit=50&offset=0&time_range=medium_term");
        first.GetProperty("next").GetString().Should().Be($"{api}/me/top/tracks?limit=50&offset=50&time_range=medium_term");
        first.GetProperty("previous").ValueKind.Should().Be(JsonValueKind.Null);
        first.GetProperty("total").GetInt32().Should().Be(87);
        first.GetProperty("items").GetArrayLength().Should().Be(50);
        second.GetProperty("offset").GetInt32().Should().Be(50);
        second.GetProperty("items").GetArrayLength().Should().Be(37);
        second.GetProperty("next").ValueKind.Should().Be(JsonValueKind.Null);
        second.GetProperty("previous").GetString().Should().Be($"{api}/me/top/tracks?limit=50&offset=0&time_range=medium_term");
        var ids = first.GetProperty("items").EnumerateArray().Concat(second.GetProperty("items").EnumerateArray())
            .Select(t => t.GetProperty("id").GetString()).ToArray();
        ids.Should().HaveCount(87).And.OnlyHaveUniqueItems();
    }

    [Fact]
    public async Task TopTracks_DefaultsAndRanges_AreMediumTermLimit20AndDifferPerRange()
    {
        await using var sandbox = await SandboxDriver.StartAsync();
        var (accessToken, _) = await sandbox.LinkAsync("jazz-soul");

        var defaults = await SandboxDriver.ReadJsonAsync(await sandbox.GetApiAsync("/me/top/tracks", accessToken));
        var shortTerm = await SandboxDriver.ReadJsonAsync(await sandbox.GetApiAsync("/me/top/tracks?time_range=short_term", accessToken));
        var again = await SandboxDriver.ReadJsonAsync(await sandbox.GetApiAsync("/me/top/tracks?time_range=short_term", accessToken));

        defaults.GetProperty("limit").GetInt32().Should().Be(20);
        defaults.GetProperty("total").GetInt32().Should().Be(87);
        shortTerm.GetProperty("total").GetInt32().Should().Be(23);
        shortTerm.GetProperty("items")[0].GetProperty("id").GetString()
            .Should().NotBe(defaults.GetProperty("items")[0].GetProperty("id").GetString());
        again.GetRawText().Should().Be(shortTerm.GetRawText());
    }

    [Fact]
    public async Task TopTracks_Track_HasDevModeShape()
    {
        await using var sandbox = await SandboxDriver.StartAsync();
        var (accessToken, _) = await sandbox.LinkAsync("hiphop-rnb");

        var page = await SandboxDriver.ReadJsonAsync(await sandbox.GetApiAsync("/me/top/tracks?limit=1", accessToken));

        var track = page.GetProperty("items")[0];
        track.EnumerateObject().Select(p => p.Name).Should().BeEquivalentTo(
            "album", "artists", "disc_number", "duration_ms", "explicit", "external_ids", "external_urls", "href", "id",
            "is_local", "name", "preview_url", "track_number", "type", "uri");
        track.GetProperty("preview_url").ValueKind.Should().Be(JsonValueKind.Null);
        track.GetProperty("type").GetString().Should().Be("track");
        track.GetProperty("id").GetString().Should().MatchRegex("^[0-9A-Za-z]{22}$");
        track.GetProperty("uri").GetString().Should().Be("spotify:track:" + track.GetProperty("id").GetString());
        track.GetProperty("album").TryGetProperty("popularity", out _).Should().BeFalse();
        track.GetProperty("album").GetProperty("images").EnumerateArray().Select(i => i.GetProperty("width").GetInt32())
            .Should().Equal(640, 300, 64);
        var album = track.GetProperty("album");
        foreach (var (item, type) in new[] { (track, "track"), (album, "album"), (album.GetProperty("artists")[0], "artist"), (track.GetProperty("artists")[0], "artist") })
        {
            var id = item.GetProperty("id").GetString();
            item.GetProperty("external_urls").GetProperty("spotify").GetString().Should().Be($"https://open.spotify.com/{type}/{id}");
            item.GetProperty("uri").GetString().Should().Be($"spotify:{type}:{id}");
        }
    }

    [Fact]
    public async Task TopArtists_Artist_HasGenresButNoFollowersOrPopularity()
    {
        await using var sandbox = await SandboxDriver.StartAsync();
        var (accessToken, _) = await sandbox.LinkAsync("indie-electronic");

        var page = await SandboxDriver.ReadJsonAsync(await sandbox.GetApiAsync("/me/top/artists?time_range=long_term&limit=50", accessToken));

        page.GetProperty("total").GetInt32().Should().Be(44);
        var artist = page.GetProperty("items")[0];
        artist.EnumerateObject().Select(p => p.Name).Should().BeEquivalentTo(
            "external_urls", "genres", "href", "id", "images", "name", "type", "uri");
        artist.GetProperty("genres").GetArrayLength().Should().BeGreaterThan(0);
    }

    [Theory]
    [InlineData("tracks")]
    [InlineData("artists")]
    public async Task Top_NewcomerWithoutHistory_ReturnsEmptyPage(string type)
    {
        await using var sandbox = await SandboxDriver.StartAsync();
        var (accessToken, _) = await sandbox.LinkAsync("newcomer");

        var page = await SandboxDriver.ReadJsonAsync(await sandbox.GetApiAsync($"/me/top/{type}?time_range=long_term", accessToken));

        page.GetProperty("items").GetArrayLength().Should().Be(0);
        page.GetProperty("total").GetInt32().Should().Be(0);
        page.GetProperty("next").ValueKind.Should().Be(JsonValueKind.Null);
        page.GetProperty("previous").ValueKind.Should().Be(JsonValueKind.Null);
    }
}
