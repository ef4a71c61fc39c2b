using System.Net;

namespace CleanSpotify.SpotifySandbox.Tests;

public sealed class ImageEndpointsTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Image_FromAlbumObject_IsCacheableSvgOfTheRequestedSize()
    {
        await using var sandbox = await SandboxDriver.StartAsync();
        var (accessToken, _) = await sandbox.LinkAsync();
        var page = await SandboxDriver.ReadJsonAsync(await sandbox.GetApiAsync("/me/top/tracks?limit=1", accessToken));
        var url = page.GetProperty("items")[0].GetProperty("album").GetProperty("images")[1].GetProperty("url").GetString()!;

        var response = await sandbox.Http.GetAsync(url, Ct);
        var again = await sandbox.Http.GetStringAsync(url, Ct);

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.MediaType.Should().Be("image/svg+xml");
        response.Headers.CacheControl!.MaxAge.Should().BePositive();
        var svg = await response.Content.ReadAsStringAsync(Ct);
        svg.Should().StartWith("<svg").And.Contain("width=\"300\"").And.Contain("height=\"300\"");
        again.Should().Be(svg);
    }

    [Fact]
    public async Task Image_UnknownId_Returns404()
    {
        await using var sandbox = await SandboxDriver.StartAsync();

        var response = await sandbox.GetAsync("/images/album/doesnotexist.svg?size=64");

        response.StatusCode.Should().Be(HttpStatusCode.NotFound);
    }
}
