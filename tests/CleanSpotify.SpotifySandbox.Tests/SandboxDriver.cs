using System.Net;
using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Web;
using AngleSharp.Html.Parser;
using Microsoft.Extensions.Time.Testing;

namespace CleanSpotify.SpotifySandbox.Tests;

/// <summary>Starts a sandbox on a loopback port with a fake clock and drives it over real HTTP.</summary>
internal sealed class SandboxDriver : IAsyncDisposable
{
    public const string RedirectUri = "http://127.0.0.1:5123/spotify/callback";
    public const string AllScopes =
        "user-read-private user-read-email user-top-read user-read-recently-played playlist-modify-private playlist-modify-public";

    private SandboxDriver(SandboxHost host, SandboxOptions options, FakeTimeProvider time)
    {
        Host = host;
        Options = options;
        Time = time;
        Http = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false }) { BaseAddress = host.BaseAddress };
    }

    public SandboxHost Host { get; }

    public SandboxOptions Options { get; }

    public FakeTimeProvider Time { get; }

    public HttpClient Http { get; }

    public SandboxState State => Host.State;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public static async Task<SandboxDriver> StartAsync(Action<SandboxOptions>? configure = null)
    {
        var options = new SandboxOptions();
        configure?.Invoke(options);
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 10, 1, 12, 0, 0, TimeSpan.Zero));
        var host = await SandboxHost.StartAsync(options, time, cancellationToken: Ct);
        return new SandboxDriver(host, options, time);
    }

    public static (string Verifier, string Challenge) CreatePkce()
    {
        var verifier = Convert.ToBase64String(RandomNumberGenerator.GetBytes(48)).TrimEnd('=').Replace('+', '-').Replace('/', '_');
        var challenge = Convert.ToBase64String(SHA256.HashData(Encoding.ASCII.GetBytes(verifier)))
            .TrimEnd('=').Replace('+', '-').Replace('/', '_');
        return (verifier, challenge);
    }

    public static string AuthorizeQuery(
        string redirectUri = RedirectUri, string scope = AllScopes, string? state = "st4te/+=", string? codeChallenge = null, string clientId = "cleanspotify-sandbox")
    {
        var query = $"/authorize?response_type=code&client_id={Uri.EscapeDataString(clientId)}&redirect_uri={Uri.EscapeDataString(redirectUri)}&scope={Uri.EscapeDataString(scope)}";
        if (state is not null)
        {
            query += $"&state={Uri.EscapeDataString(state)}";
        }

        if (codeChallenge is not null)
        {
            query += $"&code_challenge_method=S256&code_challenge={codeChallenge}";
        }

        return query;
    }

    public static IReadOnlyDictionary<string, string?> QueryOf(Uri uri)
    {
        var parsed = HttpUtility.ParseQueryString(uri.Query);
        return parsed.AllKeys.ToDictionary(k => k!, k => parsed[k]);
    }

    public static async Task<JsonElement> ReadJsonAsync(HttpResponseMessage response)
    {
        var text = await response.Content.ReadAsStringAsync(Ct);
        return JsonDocument.Parse(text).RootElement.Clone();
    }

    public Task<HttpResponseMessage> GetAsync(string pathAndQuery) => Http.GetAsync(pathAndQuery, Ct);

    public Task<HttpResponseMessage> PostJsonAsync(string path, string json) =>
        Http.PostAsync(path, new StringContent(json, Encoding.UTF8, "application/json"), Ct);

    /// <summary>Opens the consent page for <paramref name="authorizeQuery"/>, submits it and returns the redirect target.</summary>
    public async Task<Uri> ConsentAsync(string authorizeQuery, string? listenerKey, string decision)
    {
        var page = await GetAsync(authorizeQuery);
        page.StatusCode.Should().Be(HttpStatusCode.OK, await page.Content.ReadAsStringAsync(Ct));
        var document = new HtmlParser().ParseDocument(await page.Content.ReadAsStringAsync(Ct));
        var requestId = document.QuerySelector("form input[name=request_id]")!.GetAttribute("value")!;
        var form = new Dictionary<string, string> { ["request_id"] = requestId, ["decision"] = decision };
        if (listenerKey is not null)
        {
            form["listener"] = listenerKey;
        }

        var response = await Http.PostAsync("/authorize", new FormUrlEncodedContent(form), Ct);
        response.StatusCode.Should().Be(HttpStatusCode.Redirect);
        return response.Headers.Location!;
    }

    public async Task<string> GetCodeAsync(string listenerKey = "jazz-soul", string scope = AllScopes, string? codeChallenge = null)
    {
        var location = await ConsentAsync(AuthorizeQuery(scope: scope, codeChallenge: codeChallenge), listenerKey, "agree");
        return QueryOf(location)["code"]!;
    }

    public Task<HttpResponseMessage> PostTokenAsync(IDictionary<string, string> form, bool basicAuth)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/token") { Content = new FormUrlEncodedContent(form) };
        if (basicAuth)
        {
            var credentials = Convert.ToBase64String(Encoding.UTF8.GetBytes($"{Options.ClientId}:{Options.ClientSecret}"));
            request.Headers.Authorization = new AuthenticationHeaderValue("Basic", credentials);
        }

        return Http.SendAsync(request, Ct);
    }

    public Task<HttpResponseMessage> ExchangeAsync(string code, string redirectUri = RedirectUri) =>
        PostTokenAsync(new Dictionary<string, string> { ["grant_type"] = "authorization_code", ["code"] = code, ["redirect_uri"] = redirectUri }, basicAuth: true);

    public Task<HttpResponseMessage> RefreshAsync(string refreshToken) =>
        PostTokenAsync(new Dictionary<string, string> { ["grant_type"] = "refresh_token", ["refresh_token"] = refreshToken }, basicAuth: true);

    /// <summary>Runs the whole link flow for <paramref name="listenerKey"/> and returns (access token, refresh token).</summary>
    public async Task<(string AccessToken, string RefreshToken)> LinkAsync(string listenerKey = "jazz-soul", string scope = AllScopes)
    {
        var response = await ExchangeAsync(await GetCodeAsync(listenerKey, scope));
        response.StatusCode.Should().Be(HttpStatusCode.OK);
        var json = await ReadJsonAsync(response);
        return (json.GetProperty("access_token").GetString()!, json.GetProperty("refresh_token").GetString()!);
    }

    public Task<HttpResponseMessage> GetApiAsync(string pathAndQuery, string? accessToken)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, "/v1" + pathAndQuery);
        if (accessToken is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", accessToken);
        }

        return Http.SendAsync(request, Ct);
    }

    public Task<HttpResponseMessage> SendApiAsync(HttpMethod method, string pathAndQuery, string accessToken, object? body = null)
    {
        var request = new HttpRequestMessage(method, "/v1" + pathAndQuery);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", accessToken);
        if (body is not null)
        {
            request.Content = new StringContent(JsonSerializer.Serialize(body), Encoding.UTF8, "application/json");
        }

        return Http.SendAsync(request, Ct);
    }

    public async ValueTask DisposeAsync()
    {
        Http.Dispose();
        await Host.DisposeAsync();
    }
}
