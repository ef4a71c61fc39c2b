using System.Net;
using System.Text.Json;
using System.Web;
using CleanSpotify.Infrastructure.Persistence;
using CleanSpotify.Web.FunctionalTests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace CleanSpotify.Web.FunctionalTests;

/// <summary><c>GET /account/data</c>: everything stored about the user as a JSON attachment, and no secret.</summary>
public sealed class DataDownloadTests(CleanSpotifyWebApplicationFactory factory) : IClassFixture<CleanSpotifyWebApplicationFactory>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Data_LinkedUser_DownloadsTheStoredFieldsInCamelCaseAndNoSecret()
    {
        using var session = await factory.SignedUpSessionAsync("curious");
        await session.LinkSuccessfullyAsAsync(Listeners.JazzSoul);
        await session.SavePlaylistOfPageAsync();
        var waiting = await session.BeginLinkAsync();
        var userId = await TestDatabase.UserIdAsync(factory, session.Email!);

        var response = await session.GetAsync("/account/data");

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.MediaType.Should().Be("application/json");
        response.Content.Headers.ContentDisposition!.DispositionType.Should().Be("attachment");
        response.Content.Headers.ContentDisposition.FileName.Should().MatchRegex(@"^cleanspotify-data-\d{4}-\d{2}-\d{2}\.json$");
        var body = await response.Content.ReadAsStringAsync(Ct);
        using var json = JsonDocument.Parse(body);
        var root = json.RootElement;

        var account = root.GetProperty("account");
        account.GetProperty("id").GetString().Should().Be(userId);
        account.GetProperty("email").GetString().Should().Be(session.Email);
        account.GetProperty("userName").GetString().Should().Be(session.Email);
        account.GetProperty("twoFactorEnabled").GetBoolean().Should().BeFalse();
        account.GetProperty("lockoutEnabled").GetBoolean().Should().BeTrue();
        account.EnumerateObject().Select(p => p.Name).Should().NotContain(["passwordHash", "securityStamp", "concurrencyStamp"]);

        var link = root.GetProperty("spotifyLink");
        link.GetProperty("accountId").GetString().Should().Be(await ScalarTextAsync("SpotifyAccountKey", "SpotifyLinks", userId));
        link.GetProperty("spotifyUserId").GetString().Should().Be(await ScalarTextAsync("SpotifyUserId", "SpotifyLinks", userId));
        link.GetProperty("displayName").GetString().Should().Be(factory.Listener(Listeners.JazzSoul).DisplayName);
        link.GetProperty("grantedScopes").EnumerateArray().Select(s => s.GetString()).Should().Contain("user-top-read");
        link.GetProperty("status").GetString().Should().Be("Linked");
        (link.GetProperty("refreshTokenExpiresAt").GetDateTimeOffset() - link.GetProperty("authorizedAt").GetDateTimeOffset())
            .Should().Be(TimeSpan.FromDays(182));

        var pending = root.GetProperty("pendingLinkAttempts").EnumerateArray().Should().ContainSingle().Subject;
        pending.EnumerateObject().Select(p => p.Name).Should().BeEquivalentTo("createdAt", "expiresAt");
        root.GetProperty("rankSnapshots").EnumerateArray().Should().Contain(s =>
            s.GetProperty("list").GetString() == "tracks" && s.GetProperty("range").GetString() == "short_term" && s.GetProperty("itemIds").GetArrayLength() > 0);
        root.GetProperty("savedPlaylists").EnumerateArray().Should().ContainSingle()
            .Which.GetProperty("status").GetString().Should().Be("Completed");

        var secrets = await SecretsOfAsync(userId, waiting);
        secrets.Should().NotBeEmpty();
        foreach (var secret in secrets)
        {
            body.Should().NotContain(secret);
        }
    }

    [Fact]
    public async Task Data_NeverLinkedUser_HasNoLinkAndEmptyLists()
    {
        using var session = await factory.SignedUpSessionAsync("fresh");

        var response = await session.GetAsync("/account/data");

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync(Ct));
        json.RootElement.GetProperty("account").GetProperty("email").GetString().Should().Be(session.Email);
        json.RootElement.GetProperty("spotifyLink").ValueKind.Should().Be(JsonValueKind.Null);
        json.RootElement.GetProperty("pendingLinkAttempts").GetArrayLength().Should().Be(0);
        json.RootElement.GetProperty("rankSnapshots").GetArrayLength().Should().Be(0);
        json.RootElement.GetProperty("savedPlaylists").GetArrayLength().Should().Be(0);
    }

    [Fact]
    public async Task Data_Anonymous_IsSentToSignIn()
    {
        using var session = factory.NewSession();

        var response = await session.GetAsync("/account/data");

        response.StatusCode.Should().Be(HttpStatusCode.Redirect);
        response.LocationText().Should().StartWith("/account/login");
    }

    /// <summary>
    /// The tokens as stored (decrypted with the site's own key ring), the waiting attempt's state and verifier, what
    /// the sandbox issued, and the password hash and stamps.
    /// </summary>
    private async Task<IReadOnlyList<string>> SecretsOfAsync(string userId, Uri waitingAttempt)
    {
        var protector = factory.Services.GetRequiredService<TokenProtector>();
        var secrets = new List<string>
        {
            protector.Unprotect(await ScalarTextAsync("AccessTokenEncrypted", "SpotifyLinks", userId)),
            protector.Unprotect(await ScalarTextAsync("RefreshTokenEncrypted", "SpotifyLinks", userId)),
            protector.Unprotect(await ScalarTextAsync("CodeVerifierEncrypted", "PendingAuthorizations", userId)),
            await ScalarTextAsync("AccessTokenEncrypted", "SpotifyLinks", userId),
            await ScalarTextAsync("StateHash", "PendingAuthorizations", userId),
            HttpUtility.ParseQueryString(waitingAttempt.Query)["state"]!,
        };
        foreach (var column in new[] { "PasswordHash", "SecurityStamp", "ConcurrencyStamp" })
        {
            secrets.Add((string)(await factory.Store.ScalarAsync($"SELECT \"{column}\" FROM \"AspNetUsers\" WHERE \"Id\" = @user", ("@user", userId)))!);
        }

        secrets.AddRange(factory.Sandbox.State.IssuedSecrets);
        secrets.Should().OnlyContain(s => s.Length >= 16, "each secret is long enough not to match by chance");
        return secrets;
    }

    private async Task<string> ScalarTextAsync(string column, string table, string userId) =>
        (string)(await factory.Store.ScalarAsync($"SELECT \"{column}\" FROM \"{table}\" WHERE \"AppUserId\" = @user", ("@user", userId)))!;
}
