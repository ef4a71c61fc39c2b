using System.Net;
using System.Net.Http.Headers;
using System.Text;

namespace CleanSpotify.SpotifySandbox.Tests;

/// <summary>
/// Like a real server may, the sandbox refuses a Web API or token request whose body is chunked (no
/// <c>Content-Length</c>) with 411, so an app that streams its bodies fails in the tests rather than in production.
/// </summary>
public sealed class LengthRequiredTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task CreatePlaylist_ChunkedJsonBody_Returns411AndCreatesNothing()
    {
        await using var sandbox = await SandboxDriver.StartAsync();
        var (accessToken, _) = await sandbox.LinkAsync("jazz-soul");
        using var request = new HttpRequestMessage(HttpMethod.Post, "/v1/me/playlists")
        {
            Content = new ChunkedContent("{\"name\":\"Chunked\",\"public\":false}", "application/json"),
        };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", accessToken);

        var response = await sandbox.Http.SendAsync(request, Ct);

        response.StatusCode.Should().Be(HttpStatusCode.LengthRequired);
        (await response.Content.ReadAsStringAsync(Ct)).Should().Contain("Content-Length");
        sandbox.State.GetPlaylists("jazz-soul").Should().BeEmpty();
    }

    [Fact]
    public async Task CreatePlaylist_JsonBodyWithContentLength_Returns201()
    {
        await using var sandbox = await SandboxDriver.StartAsync();
        var (accessToken, _) = await sandbox.LinkAsync("jazz-soul");

        var response = await sandbox.SendApiAsync(HttpMethod.Post, "/me/playlists", accessToken, new { name = "Sized", @public = false });

        response.StatusCode.Should().Be(HttpStatusCode.Created);
    }

    [Fact]
    public async Task Token_ChunkedFormBody_Returns411()
    {
        await using var sandbox = await SandboxDriver.StartAsync();
        var code = await sandbox.GetCodeAsync();
        var form = $"grant_type=authorization_code&code={Uri.EscapeDataString(code)}&redirect_uri={Uri.EscapeDataString(SandboxDriver.RedirectUri)}";
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/token")
        {
            Content = new ChunkedContent(form, "application/x-www-form-urlencoded"),
        };
        request.Headers.Authorization = new AuthenticationHeaderValue(
            "Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes($"{sandbox.Options.ClientId}:{sandbox.Options.ClientSecret}")));

        var response = await sandbox.Http.SendAsync(request, Ct);

        response.StatusCode.Should().Be(HttpStatusCode.LengthRequired);
        (await sandbox.ExchangeAsync(code)).StatusCode.Should().Be(HttpStatusCode.OK, "the refused request must not have used the code up");
    }

    /// <summary>A body whose length is not known up front, so HttpClient sends it chunked.</summary>
    private sealed class ChunkedContent : HttpContent
    {
        private readonly byte[] _bytes;

        public ChunkedContent(string text, string mediaType)
        {
            _bytes = Encoding.UTF8.GetBytes(text);
            Headers.ContentType = new MediaTypeHeaderValue(mediaType) { CharSet = "utf-8" };
        }

        protected override Task SerializeToStreamAsync(Stream stream, TransportContext? context) => stream.WriteAsync(_bytes).AsTask();

        protected override bool TryComputeLength(out long length)
        {
            length = 0;
            return false;
        }
    }
}
