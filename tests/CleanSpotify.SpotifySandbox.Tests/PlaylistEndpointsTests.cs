using System.Net;
using System.Text;

namespace CleanSpotify.SpotifySandbox.Tests;

public sealed class PlaylistEndpointsTests
{
    private static readonly string[] UnknownTrack = ["spotify:track:0000000000000000000000"];

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static async Task<string[]> TopTrackUrisAsync(SandboxDriver sandbox, string accessToken, int limit)
    {
        var page = await SandboxDriver.ReadJsonAsync(await sandbox.GetApiAsync($"/me/top/tracks?limit={limit}", accessToken));
        return page.GetProperty("items").EnumerateArray().Select(t => t.GetProperty("uri").GetString()!).ToArray();
    }

    [Fact]
    public async Task CreatePlaylist_Private_Returns201PlaylistObjectWithItems()
    {
        await using var sandbox = await SandboxDriver.StartAsync();
        var (accessToken, _) = await sandbox.LinkAsync("jazz-soul");

        var response = await sandbox.SendApiAsync(HttpMethod.Post, "/me/playlists", accessToken, new { name = "CleanSpotify — My Top 20", description = "Generated", @public = false });

        response.StatusCode.Should().Be(HttpStatusCode.Created);
        var json = await SandboxDriver.ReadJsonAsync(response);
        var id = json.GetProperty("id").GetString()!;
        response.Headers.Location!.ToString().Should().Be($"{sandbox.Host.ApiBaseUrl}/playlists/{id}");
        json.GetProperty("public").GetBoolean().Should().BeFalse();
        json.GetProperty("name").GetString().Should().Be("CleanSpotify — My Top 20");
        json.GetProperty("owner").GetProperty("id").GetString().Should().Be("ninahollis");
        json.GetProperty("items").GetProperty("total").GetInt32().Should().Be(0);
        json.TryGetProperty("tracks", out _).Should().BeFalse();
        json.GetProperty("uri").GetString().Should().Be($"spotify:playlist:{id}");
        sandbox.State.GetPlaylists("jazz-soul").Should().ContainSingle(p => p.Id == id && !p.IsPublic);
    }

    [Fact]
    public async Task CreatePlaylist_PrivateWithoutPrivateScope_Returns403()
    {
        await using var sandbox = await SandboxDriver.StartAsync();
        var (accessToken, _) = await sandbox.LinkAsync(scope: "user-top-read playlist-modify-public");

        var response = await sandbox.SendApiAsync(HttpMethod.Post, "/me/playlists", accessToken, new { name = "x", @public = false });

        await response.ShouldBeApiErrorAsync(HttpStatusCode.Forbidden, "Insufficient client scope");
    }

    [Fact]
    public async Task CreatePlaylist_MissingNameOrBadJson_Returns400()
    {
        await using var sandbox = await SandboxDriver.StartAsync();
        var (accessToken, _) = await sandbox.LinkAsync();
        using var badJson = new HttpRequestMessage(HttpMethod.Post, "/v1/me/playlists") { Content = new StringContent("{name:", Encoding.UTF8, "application/json") };
        badJson.Headers.Authorization = new("Bearer", accessToken);

        var noName = await sandbox.SendApiAsync(HttpMethod.Post, "/me/playlists", accessToken, new { @public = false });
        var broken = await sandbox.Http.SendAsync(badJson, Ct);

        await noName.ShouldBeApiErrorAsync(HttpStatusCode.BadRequest, "Missing required field: name");
        await broken.ShouldBeApiErrorAsync(HttpStatusCode.BadRequest, "Error parsing JSON.");
    }

    [Fact]
    public async Task AddItems_ValidUris_Returns201NewSnapshotAndStoresThemInOrder()
    {
        await using var sandbox = await SandboxDriver.StartAsync();
        var (accessToken, _) = await sandbox.LinkAsync("hiphop-rnb");
        var created = await SandboxDriver.ReadJsonAsync(await sandbox.SendApiAsync(HttpMethod.Post, "/me/playlists", accessToken, new { name = "Mine", @public = false }));
        var id = created.GetProperty("id").GetString()!;
        var uris = await TopTrackUrisAsync(sandbox, accessToken, 20);

        var first = await sandbox.SendApiAsync(HttpMethod.Post, $"/playlists/{id}/items", accessToken, new { uris = uris[1..] });
        var second = await sandbox.SendApiAsync(HttpMethod.Post, $"/playlists/{id}/items?position=0", accessToken, new { uris = uris[..1] });

        first.StatusCode.Should().Be(HttpStatusCode.Created);
        var firstSnapshot = (await SandboxDriver.ReadJsonAsync(first)).GetProperty("snapshot_id").GetString();
        var secondSnapshot = (await SandboxDriver.ReadJsonAsync(second)).GetProperty("snapshot_id").GetString();
        firstSnapshot.Should().NotBe(created.GetProperty("snapshot_id").GetString()).And.NotBe(secondSnapshot);
        sandbox.State.GetPlaylists("hiphop-rnb").Single().ItemUris.Should().Equal(uris);
    }

    [Fact]
    public async Task AddItems_InvalidRequests_AreRejected()
    {
        await using var sandbox = await SandboxDriver.StartAsync();
        var (owner, _) = await sandbox.LinkAsync("jazz-soul");
        var (other, _) = await sandbox.LinkAsync("classical-film");
        var id = (await SandboxDriver.ReadJsonAsync(await sandbox.SendApiAsync(HttpMethod.Post, "/me/playlists", owner, new { name = "Mine", @public = false })))
            .GetProperty("id").GetString()!;
        var uri = (await TopTrackUrisAsync(sandbox, owner, 1))[0];

        var bareId = await sandbox.SendApiAsync(HttpMethod.Post, $"/playlists/{id}/items", owner, new { uris = new[] { uri["spotify:track:".Length..] } });
        var tooMany = await sandbox.SendApiAsync(HttpMethod.Post, $"/playlists/{id}/items", owner, new { uris = Enumerable.Repeat(uri, 101).ToArray() });
        var unknown = await sandbox.SendApiAsync(HttpMethod.Post, $"/playlists/{id}/items", owner, new { uris = UnknownTrack });
        var notOwner = await sandbox.SendApiAsync(HttpMethod.Post, $"/playlists/{id}/items", other, new { uris = new[] { uri } });
        var missing = await sandbox.SendApiAsync(HttpMethod.Post, "/playlists/0000000000000000000000/items", owner, new { uris = new[] { uri } });

        await bareId.ShouldBeApiErrorAsync(HttpStatusCode.BadRequest, $"Invalid track uri: {uri["spotify:track:".Length..]}");
        await tooMany.ShouldBeApiErrorAsync(HttpStatusCode.BadRequest, "You can add a maximum of 100 tracks per request.");
        await unknown.ShouldBeApiErrorAsync(HttpStatusCode.BadRequest, "Payload contains a non-existing ID");
        notOwner.StatusCode.Should().Be(HttpStatusCode.Forbidden);
        missing.StatusCode.Should().Be(HttpStatusCode.NotFound);
        sandbox.State.GetPlaylists("jazz-soul").Single().ItemUris.Should().BeEmpty();
    }

    [Fact]
    public async Task AddItems_UrisInQuery_OverrideTheBody()
    {
        await using var sandbox = await SandboxDriver.StartAsync();
        var (accessToken, _) = await sandbox.LinkAsync();
        var id = (await SandboxDriver.ReadJsonAsync(await sandbox.SendApiAsync(HttpMethod.Post, "/me/playlists", accessToken, new { name = "Q", @public = false })))
            .GetProperty("id").GetString()!;
        var uris = await TopTrackUrisAsync(sandbox, accessToken, 3);

        var response = await sandbox.SendApiAsync(
            HttpMethod.Post, $"/playlists/{id}/items?uris={Uri.EscapeDataString(string.Join(',', uris[..2]))}", accessToken, new { uris = uris[2..] });

        response.StatusCode.Should().Be(HttpStatusCode.Created);
        sandbox.State.GetPlaylists("jazz-soul").Single().ItemUris.Should().Equal(uris[..2]);
    }
}
