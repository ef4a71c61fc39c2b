using System.Net;

namespace CleanSpotify.SpotifySandbox.Tests;

public sealed class RemovedEndpointsTests
{
    [Theory]
    [InlineData("POST", "/users/ninahollis/playlists")]
    [InlineData("POST", "/playlists/7d2D2S200NyUE5KYs80PwO/tracks")]
    [InlineData("GET", "/playlists/7d2D2S200NyUE5KYs80PwO/tracks")]
    [InlineData("GET", "/recommendations?seed_artists=0kbYTNQb4Pb1rPbbaF0pT4")]
    [InlineData("GET", "/audio-features?ids=4vLYewWIvqHfKtJDk8c8tq")]
    [InlineData("GET", "/audio-features/4vLYewWIvqHfKtJDk8c8tq")]
    public async Task RemovedEndpoint_WithValidToken_Returns403Forbidden(string method, string path)
    {
        await using var sandbox = await SandboxDriver.StartAsync();
        var (accessToken, _) = await sandbox.LinkAsync();

        var response = await sandbox.SendApiAsync(new HttpMethod(method), path, accessToken, method == "POST" ? new { name = "x" } : null);

        await response.ShouldBeApiErrorAsync(HttpStatusCode.Forbidden, "Forbidden");
    }
}
