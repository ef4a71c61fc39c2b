using System.Security.Cryptography;
using System.Text;
using CleanSpotify.Application.Abstractions;
using CleanSpotify.Domain.Links;
using CleanSpotify.Infrastructure.IntegrationTests.Support;
using CleanSpotify.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CleanSpotify.Infrastructure.IntegrationTests;

/// <summary>The link store on a real, migrated SQLite file, with tokens encrypted by Data Protection.</summary>
public sealed class SpotifyLinkStoreTests
{
    private static readonly string[] Scopes = ["user-read-private", "user-top-read"];

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task SaveAsync_NewLink_IsFoundByUserAndByAccountKey()
    {
        await using var env = await TestEnvironment.StartAsync();
        var userId = await env.Host.CreateUserAsync();
        var link = NewLink(env, userId, "account-1");

        var saved = await env.Host.InScopeAsync<ISpotifyLinkStore, bool>(store => store.SaveAsync(link, Ct));

        saved.Should().BeTrue();
        var byUser = await env.Host.FindLinkAsync(userId);
        var byAccount = await env.Host.InScopeAsync<ISpotifyLinkStore, SpotifyLink?>(store => store.FindByAccountAsync("account-1", Ct));
        byUser!.Id.Should().Be(link.Id);
        byAccount!.Id.Should().Be(link.Id);
        byAccount.AppUserId.Should().Be(userId);
        (await env.Host.InScopeAsync<ISpotifyLinkStore, SpotifyLink?>(store => store.FindByAccountAsync("account-2", Ct))).Should().BeNull();
    }

    [Fact]
    public async Task SaveAsync_NewLink_TokensScopesAndAccountRoundTripDecrypted()
    {
        await using var env = await TestEnvironment.StartAsync();
        var userId = await env.Host.CreateUserAsync();
        var link = await SaveNewLinkAsync(env, userId);

        var loaded = await env.Host.FindLinkAsync(userId);

        loaded.Should().NotBeSameAs(link);
        loaded!.Tokens.Should().Be(link.Tokens);
        loaded.Tokens!.AccessTokenExpiresAt.Should().Be(link.Tokens!.AccessTokenExpiresAt);
        loaded.Account.Should().Be(link.Account);
        loaded.GrantedScopes.Should().Equal(Scopes);
        loaded.Status.Should().Be(LinkStatus.Linked);
        loaded.AuthorizedAt.Should().Be(TestEnvironment.StartTime);
    }

    [Fact]
    public async Task SaveAsync_AccountAlreadyLinkedToAnotherUser_ReturnsFalseAndOverwritesNothing()
    {
        await using var env = await TestEnvironment.StartAsync();
        var owner = await env.Host.CreateUserAsync();
        var intruder = await env.Host.CreateUserAsync();
        var original = NewLink(env, owner, "shared-account");
        await env.Host.InScopeAsync<ISpotifyLinkStore, bool>(store => store.SaveAsync(original, Ct));

        var saved = await env.Host.InScopeAsync<ISpotifyLinkStore, bool>(store => store.SaveAsync(NewLink(env, intruder, "shared-account"), Ct));

        saved.Should().BeFalse();
        (await env.Host.FindLinkAsync(intruder)).Should().BeNull();
        var kept = await env.Host.InScopeAsync<ISpotifyLinkStore, SpotifyLink?>(store => store.FindByAccountAsync("shared-account", Ct));
        kept!.AppUserId.Should().Be(owner);
        kept.Tokens.Should().Be(original.Tokens);
        (await RawDatabase.QueryAsync(env.DatabasePath, "SELECT Id FROM SpotifyLinks")).Should().ContainSingle();
    }

    [Fact]
    public async Task SaveAsync_RawDatabaseFile_HoldsNeitherTokensNorCodeVerifier()
    {
        await using var env = await TestEnvironment.StartAsync();
        var userId = await env.Host.CreateUserAsync();
        var link = NewLink(env, userId, "account-visible-in-file");
        var verifier = Pkce.Create().Verifier;
        await env.Host.InScopeAsync<ISpotifyLinkStore, bool>(store => store.SaveAsync(link, Ct));
        await env.Host.InScopeAsync<IPendingAuthorizationStore, bool>(async store =>
        {
            await store.AddAsync(new PendingAuthorization(Pkce.NewState(), userId, verifier, null, env.Time.GetUtcNow()), Ct);
            return true;
        });
        await env.Host.DisposeAsync();

        var bytes = await RawDatabase.ReadFileBytesAsync(env.DatabasePath);

        Contains(bytes, "account-visible-in-file").Should().BeTrue("plain columns are in the file, so the search works");
        Contains(bytes, link.Tokens!.AccessToken).Should().BeFalse("the access token is encrypted");
        Contains(bytes, link.Tokens.RefreshToken).Should().BeFalse("the refresh token is encrypted");
        Contains(bytes, verifier).Should().BeFalse("the PKCE verifier is encrypted");
    }

    [Fact]
    public async Task TokenProtector_ProviderWithAnotherKeyRing_CannotDecryptStoredTokens()
    {
        await using var env = await TestEnvironment.StartAsync();
        var userId = await env.Host.CreateUserAsync();
        await SaveNewLinkAsync(env, userId);
        var stranger = await HostWithAnotherKeyRingAsync(env);
        var ciphertext = await ReadAccessTokenCiphertextAsync(env, userId);

        var unprotect = () => stranger.Services.GetRequiredService<TokenProtector>().Unprotect(ciphertext);
        var load = () => stranger.FindLinkAsync(userId);

        unprotect.Should().Throw<CryptographicException>();
        await load.Should().ThrowAsync<Exception>();
    }

    [Fact]
    public async Task TokenProtector_NewProviderWithSameKeysPath_DecryptsStoredTokens()
    {
        await using var env = await TestEnvironment.StartAsync();
        var userId = await env.Host.CreateUserAsync();
        var link = await SaveNewLinkAsync(env, userId);
        await env.Host.DisposeAsync();
        var restarted = await env.CreateHostAsync();
        var ciphertext = await ReadAccessTokenCiphertextAsync(env, userId);

        var plaintext = restarted.Services.GetRequiredService<TokenProtector>().Unprotect(ciphertext);
        var loaded = await restarted.FindLinkAsync(userId);

        ciphertext.Should().NotBe(link.Tokens!.AccessToken);
        plaintext.Should().Be(link.Tokens.AccessToken);
        loaded!.Tokens.Should().Be(link.Tokens);
    }

    [Fact]
    public async Task SaveChangesAsync_TwoContextsChangeTheSameLink_SecondThrowsConcurrencyException()
    {
        await using var env = await TestEnvironment.StartAsync();
        var userId = await env.Host.CreateUserAsync();
        await SaveNewLinkAsync(env, userId);
        await using var firstScope = env.Host.CreateScope();
        await using var secondScope = env.Host.CreateScope();
        var first = firstScope.ServiceProvider.GetRequiredService<CleanSpotifyDbContext>();
        var second = secondScope.ServiceProvider.GetRequiredService<CleanSpotifyDbContext>();
        var firstLink = await first.SpotifyLinks.SingleAsync(l => l.AppUserId == userId, Ct);
        var secondLink = await second.SpotifyLinks.SingleAsync(l => l.AppUserId == userId, Ct);
        var expiry = env.Time.GetUtcNow().AddHours(1);
        firstLink.ApplyRefresh("BQ-first-writer", null, expiry);
        secondLink.ApplyRefresh("BQ-second-writer", null, expiry);
        await first.SaveChangesAsync(Ct);

        var save = () => second.SaveChangesAsync(Ct);

        await save.Should().ThrowAsync<DbUpdateConcurrencyException>();
        (await env.Host.FindLinkAsync(userId))!.Tokens!.AccessToken.Should().Be("BQ-first-writer");
    }

    [Fact]
    public async Task FindSummaryByUserAsync_WithAKeyRingThatCannotDecryptTheTokens_ReadsTheLinkWithoutThem()
    {
        await using var env = await TestEnvironment.StartAsync();
        var userId = await env.Host.CreateUserAsync();
        var link = await SaveNewLinkAsync(env, userId);
        var stranger = await HostWithAnotherKeyRingAsync(env);

        var summary = await stranger.InScopeAsync<ISpotifyLinkStore, SpotifyLinkSummary?>(store => store.FindSummaryByUserAsync(userId, Ct));
        var load = () => stranger.FindLinkAsync(userId);

        summary.Should().BeEquivalentTo(link.Summary, "the summary reads no encrypted column");
        await load.Should().ThrowAsync<Exception>("the whole link needs its tokens decrypted");
    }

    [Fact]
    public async Task FindSummaryByUserAsync_ThroughHostsWithTwoKeyRings_AnswersInEach()
    {
        // The summary's query is compiled, EF Core refuses a compiled query with a second model, and each key ring has its model.
        await using var env = await TestEnvironment.StartAsync();
        var userId = await env.Host.CreateUserAsync();
        var link = await SaveNewLinkAsync(env, userId);
        var other = await HostWithAnotherKeyRingAsync(env);

        var first = await env.Host.InScopeAsync<ISpotifyLinkStore, SpotifyLinkSummary?>(store => store.FindSummaryByUserAsync(userId, Ct));
        var second = await other.InScopeAsync<ISpotifyLinkStore, SpotifyLinkSummary?>(store => store.FindSummaryByUserAsync(userId, Ct));
        var firstAgain = await env.Host.InScopeAsync<ISpotifyLinkStore, SpotifyLinkSummary?>(store => store.FindSummaryByUserAsync(userId, Ct));

        new[] { first, second, firstAgain }.Should().AllBeEquivalentTo(link.Summary);
    }

    [Fact]
    public async Task FindSummaryByUserAsync_AskedAgainInTheSameScope_AnswersWithoutReadingTheRow()
    {
        await using var env = await TestEnvironment.StartAsync();
        var userId = await SavedLinkAsync(env);
        await using var request = env.Host.CreateScope();
        var store = request.ServiceProvider.GetRequiredService<ISpotifyLinkStore>();
        var first = await store.FindSummaryByUserAsync(userId, Ct);

        (await env.Host.InScopeAsync<ISpotifyLinkRemover, bool>(remover => remover.DeleteAsync(userId, Ct))).Should().BeTrue();
        var again = await store.FindSummaryByUserAsync(userId, Ct);

        first.Should().NotBeNull();
        again.Should().BeSameAs(first, "the row is read once per request scope; a second read would have found none");
        (await env.Host.InScopeAsync<ISpotifyLinkStore, SpotifyLinkSummary?>(other => other.FindSummaryByUserAsync(userId, Ct)))
            .Should().BeNull("another scope reads the row afresh");
    }

    [Fact]
    public async Task FindSummaryByUserAsync_AfterTheWholeLinkIsReadAgain_ShowsWhatAnotherScopeSaved()
    {
        await using var env = await TestEnvironment.StartAsync();
        var userId = await SavedLinkAsync(env);
        await using var request = env.Host.CreateScope();
        var store = request.ServiceProvider.GetRequiredService<ISpotifyLinkStore>();
        (await store.FindSummaryByUserAsync(userId, Ct))!.Status.Should().Be(LinkStatus.Linked);
        await env.Host.InScopeAsync<ISpotifyLinkStore, bool>(async other =>
        {
            var refused = (await other.FindByUserAsync(userId, Ct))!;
            refused.MarkNeedsReconnect();
            return await other.SaveAsync(refused, Ct);
        });

        var whole = await store.FindByUserAsync(userId, Ct);
        var summary = await store.FindSummaryByUserAsync(userId, Ct);

        whole!.Status.Should().Be(LinkStatus.NeedsReconnect);
        summary!.Status.Should().Be(LinkStatus.NeedsReconnect);
    }

    [Fact]
    public async Task FindSummaryByUserAsync_AfterTheLinkIsDeletedInTheSameScope_FindsNone()
    {
        await using var env = await TestEnvironment.StartAsync();
        var userId = await SavedLinkAsync(env);
        await using var request = env.Host.CreateScope();
        var store = request.ServiceProvider.GetRequiredService<ISpotifyLinkStore>();
        (await store.FindSummaryByUserAsync(userId, Ct)).Should().NotBeNull();

        await request.ServiceProvider.GetRequiredService<ISpotifyLinkRemover>().DeleteAsync(userId, Ct);

        (await store.FindSummaryByUserAsync(userId, Ct)).Should().BeNull();
    }

    /// <summary>A new user with a saved link to "account-1"; returns the user's id.</summary>
    private static async Task<string> SavedLinkAsync(TestEnvironment env)
    {
        var userId = await env.Host.CreateUserAsync();
        await SaveNewLinkAsync(env, userId);
        return userId;
    }

    /// <summary>A new link of the user's to <c>account-1</c>, saved through the store.</summary>
    private static async Task<SpotifyLink> SaveNewLinkAsync(TestEnvironment env, string appUserId)
    {
        var link = NewLink(env, appUserId, "account-1");
        await env.Host.InScopeAsync<ISpotifyLinkStore, bool>(store => store.SaveAsync(link, Ct));
        return link;
    }

    /// <summary>A second host on the same database with a key ring of its own, and so a model of its own.</summary>
    private static Task<InfrastructureHost> HostWithAnotherKeyRingAsync(TestEnvironment env) =>
        env.CreateHostAsync(settings => settings.Configuration["DataProtection:KeysPath"] = Path.Combine(env.Folder, "other-keys"));

    private static SpotifyLink NewLink(TestEnvironment env, string appUserId, string accountKey)
    {
        var now = env.Time.GetUtcNow();
        var tokens = new TokenSet("BQ" + Pkce.NewState() + Pkce.NewState(), "AQ" + Pkce.NewState() + Pkce.NewState(), now.AddHours(1));
        return SpotifyLink.Create(appUserId, new SpotifyAccount(accountKey, "user-" + accountKey, "Display " + accountKey), tokens, Scopes, now);
    }

    private static async Task<string> ReadAccessTokenCiphertextAsync(TestEnvironment env, string userId)
    {
        var rows = await RawDatabase.QueryAsync(env.DatabasePath, "SELECT AccessTokenEncrypted FROM SpotifyLinks WHERE AppUserId = $id", ("$id", userId));
        return (string)rows.Single()["AccessTokenEncrypted"]!;
    }

    private static bool Contains(byte[] haystack, string needle) =>
        haystack.AsSpan().IndexOf(Encoding.UTF8.GetBytes(needle)) >= 0;
}
