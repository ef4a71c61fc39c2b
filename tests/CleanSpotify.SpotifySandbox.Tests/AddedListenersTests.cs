using System.Net;

namespace CleanSpotify.SpotifySandbox.Tests;

public sealed class AddedListenersTests
{
    private static readonly string[] Scopes = ["user-read-private", "user-top-read"];

    [Fact]
    public async Task AddListener_WithIssuedTokens_ServesTheTemplatesListsUnderItsOwnIdentity()
    {
        await using var sandbox = await SandboxDriver.StartAsync();
        var (templateToken, _) = await sandbox.LinkAsync("jazz-soul");

        var listener = sandbox.State.AddListener("bench-1", "jazz-soul");
        var tokens = sandbox.State.IssueTokens("bench-1", Scopes);

        var me = await SandboxDriver.ReadJsonAsync(await sandbox.GetApiAsync("/me", tokens.AccessToken));
        me.GetProperty("id").GetString().Should().Be("bench-1");
        listener.AccountId.Should().NotBe(sandbox.State.Listeners.Single(l => l.Key == "jazz-soul").AccountId);
        var own = await (await sandbox.GetApiAsync("/me/top/tracks?limit=50", tokens.AccessToken)).Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        var template = await (await sandbox.GetApiAsync("/me/top/tracks?limit=50", templateToken)).Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        own.Should().Be(template);
    }

    [Fact]
    public async Task IssueTokens_CountsNoTokenRequest_AndItsRefreshTokenWorksWithTheSecret()
    {
        await using var sandbox = await SandboxDriver.StartAsync();
        sandbox.State.AddListener("bench-1", "indie-electronic");

        var tokens = sandbox.State.IssueTokens("bench-1", Scopes);
        sandbox.State.TokenRequestCount.Should().Be(0);
        sandbox.State.Faults.ExpireAccessTokens("bench-1");

        (await sandbox.GetApiAsync("/me", tokens.AccessToken)).StatusCode.Should().Be(HttpStatusCode.Unauthorized);
        (await sandbox.RefreshAsync(tokens.RefreshToken)).StatusCode.Should().Be(HttpStatusCode.OK);
        tokens.ToString().Should().NotContain(tokens.AccessToken).And.NotContain(tokens.RefreshToken);
    }

    [Fact]
    public async Task ConsentForm_AcceptsAnAddedListenerThatThePageDoesNotOffer()
    {
        await using var sandbox = await SandboxDriver.StartAsync();
        sandbox.State.AddListener("bench-2", "classical-film");

        var (accessToken, _) = await sandbox.LinkAsync("bench-2");

        var me = await SandboxDriver.ReadJsonAsync(await sandbox.GetApiAsync("/me", accessToken));
        me.GetProperty("id").GetString().Should().Be("bench-2");
        sandbox.State.Listeners.Should().NotContain(l => l.Key == "bench-2");
    }

    [Fact]
    public async Task AddListener_TakenKeyOrUnknownTemplate_Throws()
    {
        await using var sandbox = await SandboxDriver.StartAsync();
        sandbox.State.AddListener("bench-1", "jazz-soul");

        sandbox.Invoking(s => s.State.AddListener("bench-1", "jazz-soul")).Should().Throw<ArgumentException>();
        sandbox.Invoking(s => s.State.AddListener("jazz-soul", "jazz-soul")).Should().Throw<ArgumentException>();
        sandbox.Invoking(s => s.State.AddListener("bench-3", "nobody")).Should().Throw<ArgumentException>();
        sandbox.Invoking(s => s.State.IssueTokens("bench-1", ["not-a-scope"])).Should().Throw<ArgumentException>();
    }
}
