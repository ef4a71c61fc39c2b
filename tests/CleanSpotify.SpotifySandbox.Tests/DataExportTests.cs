using System.IO.Compression;
using System.Net;
using System.Text.Json;

namespace CleanSpotify.SpotifySandbox.Tests;

/// <summary>
/// <c>GET /sandbox/listeners/{id}/data-export</c>: each listener's export as Spotify zips it, in both formats, linked
/// from the admin page, with its newest plays the ones <c>recently-played</c> returns.
/// </summary>
public sealed class DataExportTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Extended_IsAZipOfStreamingHistoryOverYearsEndingWithTheRecentlyPlayedPlays()
    {
        await using var sandbox = await SandboxDriver.StartAsync(options => options.AccessTokenLifetime = TimeSpan.FromDays(1));
        var (accessToken, _) = await sandbox.LinkAsync("jazz-soul");
        var recent = (await SandboxDriver.ReadJsonAsync(await sandbox.GetApiAsync("/me/player/recently-played?limit=50", accessToken)))
            .GetProperty("items").EnumerateArray()
            .Select(item => $"{item.GetProperty("played_at").GetString()![..19]} {item.GetProperty("track").GetProperty("id").GetString()}")
            .ToArray();

        var (names, rows) = await DownloadAsync(sandbox, "/sandbox/listeners/jazz-soul/data-export?kind=extended");

        names.Should().ContainSingle().Which.Should().MatchRegex(@"^Spotify Extended Streaming History/Streaming_History_Audio_\d{4}-\d{4}_0\.json$");
        var plays = rows[names[0]];
        plays.Should().HaveCountGreaterThan(1000);
        var years = plays.Select(p => p.GetProperty("ts").GetString()![..4]).Distinct().Count();
        years.Should().BeGreaterThanOrEqualTo(3);
        plays.Should().Contain(p => p.GetProperty("ms_played").GetInt64() == 0).And.Contain(p => p.GetProperty("episode_name").ValueKind == JsonValueKind.String);
        plays.Should().OnlyContain(p => p.GetProperty("ip_addr").GetString() == "198.51.100.23");
        var exported = plays.Where(p => p.GetProperty("spotify_track_uri").ValueKind == JsonValueKind.String)
            .Select(p => $"{p.GetProperty("ts").GetString()![..19]} {p.GetProperty("spotify_track_uri").GetString()!["spotify:track:".Length..]}")
            .ToHashSet(StringComparer.Ordinal);
        recent.Should().HaveCount(50).And.OnlyContain(play => exported.Contains(play));
    }

    [Fact]
    public async Task AccountData_IsTheMyDataLayoutWithMinutePrecisionOverAYear()
    {
        await using var sandbox = await SandboxDriver.StartAsync();

        var (names, rows) = await DownloadAsync(sandbox, "/sandbox/listeners/jazz-soul/data-export?kind=account");

        names.Should().BeEquivalentTo("MyData/StreamingHistory_music_0.json", "MyData/StreamingHistory_podcast_0.json", "MyData/Userdata.json");
        var music = rows["MyData/StreamingHistory_music_0.json"];
        music.Should().HaveCountGreaterThan(300).And.OnlyContain(p => p.GetProperty("endTime").GetString()!.Length == 16);
        var ends = music.Select(p => DateTime.Parse(p.GetProperty("endTime").GetString()!, System.Globalization.CultureInfo.InvariantCulture)).ToArray();
        (ends.Max() - ends.Min()).Should().BeCloseTo(TimeSpan.FromDays(365), TimeSpan.FromDays(3), "Account data covers the past year");
    }

    [Fact]
    public async Task AdminPage_LinksBothExportsOfEachListener_AndUnknownInputIsRefused()
    {
        await using var sandbox = await SandboxDriver.StartAsync();

        var page = await (await sandbox.GetAsync("/sandbox")).Content.ReadAsStringAsync(Ct);

        page.Should().Contain("href=\"/sandbox/listeners/jazz-soul/data-export?kind=extended\"").And.Contain("href=\"/sandbox/listeners/jazz-soul/data-export?kind=account\"");
        (await sandbox.GetAsync("/sandbox/listeners/nobody/data-export")).StatusCode.Should().Be(HttpStatusCode.NotFound);
        (await sandbox.GetAsync("/sandbox/listeners/jazz-soul/data-export?kind=video")).StatusCode.Should().Be(HttpStatusCode.BadRequest);
    }

    private static async Task<(string[] Names, Dictionary<string, JsonElement[]> Rows)> DownloadAsync(SandboxDriver sandbox, string path)
    {
        var response = await sandbox.GetAsync(path);
        response.StatusCode.Should().Be(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.MediaType.Should().Be("application/zip");
        response.Content.Headers.ContentDisposition!.FileName.Should().Be("my_spotify_data.zip");
        await using var zip = new ZipArchive(await response.Content.ReadAsStreamAsync(Ct), ZipArchiveMode.Read);
        var rows = new Dictionary<string, JsonElement[]>(StringComparer.Ordinal);
        foreach (var entry in zip.Entries.Where(e => e.FullName.Contains("Streaming", StringComparison.Ordinal)))
        {
            await using var stream = entry.Open();
            rows[entry.FullName] = (await JsonSerializer.DeserializeAsync<JsonElement[]>(stream, cancellationToken: Ct))!;
        }

        return (zip.Entries.Select(e => e.FullName).ToArray(), rows);
    }
}
