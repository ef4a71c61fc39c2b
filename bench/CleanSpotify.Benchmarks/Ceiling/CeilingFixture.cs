using System.Net.Http.Headers;
using System.Text.Json;
using CleanSpotify.Application.SpotifyData;
using CleanSpotify.SpotifySandbox;

namespace CleanSpotify.Benchmarks.Ceiling;

/// <summary>
/// The data the ceiling renders: the first page of the seeded users' medium-term top tracks, as the sandbox serves
/// it and the site maps it (the image nearest 300 px), and the account name the site's header shows.
/// </summary>
internal sealed record CeilingFixture(string DisplayName, int Total, IReadOnlyList<TopTrackDto> Tracks)
{
    private const int PreferredImageSize = 300;

    public static async Task<CeilingFixture> FromSandboxAsync(SandboxHost sandbox, string listenerKey, IReadOnlyList<string> scopes, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(sandbox);
        var tokens = sandbox.State.IssueTokens(listenerKey, scopes);
        using var client = new HttpClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", tokens.AccessToken);
        var page = await GetJsonAsync(client, new Uri(sandbox.ApiBaseUrl + "/me/top/tracks?time_range=medium_term&limit=50&offset=0"), cancellationToken);
        var me = await GetJsonAsync(client, new Uri(sandbox.ApiBaseUrl + "/me"), cancellationToken);
        var tracks = page.GetProperty("items").EnumerateArray().Select((track, index) => new TopTrackDto(
            index + 1,
            track.GetProperty("id").GetString()!,
            track.GetProperty("name").GetString()!,
            track.GetProperty("artists").EnumerateArray().Select(artist => artist.GetProperty("name").GetString()!).ToArray(),
            track.GetProperty("album").GetProperty("name").GetString()!,
            PickImage(track.GetProperty("album").GetProperty("images")),
            TimeSpan.FromMilliseconds(track.GetProperty("duration_ms").GetInt32()),
            new Uri(track.GetProperty("external_urls").GetProperty("spotify").GetString()!))).ToArray();
        return new CeilingFixture(me.GetProperty("display_name").GetString()!, page.GetProperty("total").GetInt32(), tracks);
    }

    public static CeilingFixture Read(string path) =>
        JsonSerializer.Deserialize<CeilingFixture>(File.ReadAllText(path)) ?? throw new InvalidOperationException($"{path} holds no fixture.");

    public void Write(string path) => File.WriteAllText(path, JsonSerializer.Serialize(this));

    private static async Task<JsonElement> GetJsonAsync(HttpClient client, Uri uri, CancellationToken cancellationToken)
    {
        using var document = JsonDocument.Parse(await client.GetStringAsync(uri, cancellationToken));
        return document.RootElement.Clone();
    }

    private static Uri? PickImage(JsonElement images) => images.EnumerateArray()
        .OrderBy(image => image.TryGetProperty("width", out var width) && width.ValueKind == JsonValueKind.Number
            ? Math.Abs(width.GetInt32() - PreferredImageSize)
            : int.MaxValue)
        .Select(image => new Uri(image.GetProperty("url").GetString()!))
        .FirstOrDefault();
}
