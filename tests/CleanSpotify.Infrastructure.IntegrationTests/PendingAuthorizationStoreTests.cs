using System.Security.Cryptography;
using System.Text;
using CleanSpotify.Application.Abstractions;
using CleanSpotify.Domain.Links;
using CleanSpotify.Infrastructure.IntegrationTests.Support;

namespace CleanSpotify.Infrastructure.IntegrationTests;

public sealed class PendingAuthorizationStoreTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task TakeAsync_OwnState_ReturnsItOnceThenNull()
    {
        await using var env = await TestEnvironment.StartAsync();
        var userId = await env.Host.CreateUserAsync();
        var pending = new PendingAuthorization(Pkce.NewState(), userId, Pkce.Create().Verifier, "/tracks?range=short", env.Time.GetUtcNow());
        await AddAsync(env, pending);

        var first = await TakeAsync(env, pending.State, userId);
        var second = await TakeAsync(env, pending.State, userId);

        first.Should().NotBeNull();
        first!.State.Should().Be(pending.State);
        first.AppUserId.Should().Be(userId);
        first.CodeVerifier.Should().Be(pending.CodeVerifier);
        first.ReturnUrl.Should().Be("/tracks?range=short");
        first.CreatedAt.Should().Be(pending.CreatedAt);
        second.Should().BeNull();
    }

    [Fact]
    public async Task TakeAsync_SomeoneElsesState_ReturnsNullAndLeavesItForItsOwner()
    {
        await using var env = await TestEnvironment.StartAsync();
        var owner = await env.Host.CreateUserAsync();
        var other = await env.Host.CreateUserAsync();
        var pending = new PendingAuthorization(Pkce.NewState(), owner, Pkce.Create().Verifier, null, env.Time.GetUtcNow());
        await AddAsync(env, pending);

        var stolen = await TakeAsync(env, pending.State, other);
        var owned = await TakeAsync(env, pending.State, owner);

        stolen.Should().BeNull();
        owned.Should().NotBeNull();
        owned!.CodeVerifier.Should().Be(pending.CodeVerifier);
    }

    [Fact]
    public async Task TakeAsync_ManyConcurrentTakesOfOneState_OnlyOneGetsIt()
    {
        await using var env = await TestEnvironment.StartAsync();
        var userId = await env.Host.CreateUserAsync();
        var pending = new PendingAuthorization(Pkce.NewState(), userId, Pkce.Create().Verifier, null, env.Time.GetUtcNow());
        await AddAsync(env, pending);

        var taken = await Task.WhenAll(Enumerable.Range(0, 10).Select(_ => Task.Run(() => TakeAsync(env, pending.State, userId), Ct)));

        taken.Count(p => p is not null).Should().Be(1);
    }

    [Fact]
    public async Task AddAsync_State_IsStoredOnlyAsItsHashAndVerifierEncrypted()
    {
        await using var env = await TestEnvironment.StartAsync();
        var userId = await env.Host.CreateUserAsync();
        var pending = new PendingAuthorization(Pkce.NewState(), userId, Pkce.Create().Verifier, null, env.Time.GetUtcNow());
        await AddAsync(env, pending);

        var row = (await RawDatabase.QueryAsync(env.DatabasePath, "SELECT * FROM PendingAuthorizations")).Single();

        row.Values.Select(v => Convert.ToString(v, System.Globalization.CultureInfo.InvariantCulture))
            .Should().NotContain(v => v != null && (v.Contains(pending.State, StringComparison.Ordinal) || v.Contains(pending.CodeVerifier, StringComparison.Ordinal)));
        row["StateHash"].Should().Be(Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(pending.State))));
        row["AppUserId"].Should().Be(userId);
        ((string)row["CodeVerifierEncrypted"]!).Should().NotBeNullOrEmpty();
    }

    [Fact]
    public async Task AddAsync_SixthStartOfOneUser_DropsTheOldestAndKeepsFiveNewestIncludingTheNewOne()
    {
        await using var env = await TestEnvironment.StartAsync();
        var userId = await env.Host.CreateUserAsync();
        var other = await env.Host.CreateUserAsync();
        var othersPending = new PendingAuthorization(Pkce.NewState(), other, Pkce.Create().Verifier, null, env.Time.GetUtcNow());
        await AddAsync(env, othersPending);
        var started = new List<PendingAuthorization>();
        for (var attempt = 0; attempt < PendingAuthorization.MaxPerUser + 1; attempt++)
        {
            env.Time.Advance(TimeSpan.FromSeconds(1));
            var pending = new PendingAuthorization(Pkce.NewState(), userId, Pkce.Create().Verifier, null, env.Time.GetUtcNow());
            started.Add(pending);
            await AddAsync(env, pending);
        }

        var listed = await env.Host.InScopeAsync<IPendingAuthorizationStore, IReadOnlyList<PendingAuthorizationInfo>>(store => store.ListForUserAsync(userId, Ct));

        listed.Select(p => p.CreatedAt).Should().Equal(started.Skip(1).Select(p => p.CreatedAt));
        (await TakeAsync(env, started[0].State, userId)).Should().BeNull("the oldest was dropped");
        (await TakeAsync(env, started[^1].State, userId)).Should().NotBeNull();
        (await TakeAsync(env, othersPending.State, other)).Should().NotBeNull("another user's attempts are not counted");
    }

    [Fact]
    public async Task AddAsync_AfterOthersExpired_DeletesEveryUsersExpiredRows()
    {
        await using var env = await TestEnvironment.StartAsync();
        var first = await env.Host.CreateUserAsync();
        var second = await env.Host.CreateUserAsync();
        await AddAsync(env, new PendingAuthorization(Pkce.NewState(), first, Pkce.Create().Verifier, null, env.Time.GetUtcNow()));
        env.Time.Advance(PendingAuthorization.Lifetime);

        await AddAsync(env, new PendingAuthorization(Pkce.NewState(), second, Pkce.Create().Verifier, null, env.Time.GetUtcNow()));

        var rows = await RawDatabase.QueryAsync(env.DatabasePath, "SELECT AppUserId FROM PendingAuthorizations");
        rows.Select(r => r["AppUserId"]).Should().Equal(second);
    }

    [Fact]
    public async Task DeleteForUserAsync_RemovesOnlyThatUsersRows()
    {
        await using var env = await TestEnvironment.StartAsync();
        var leaving = await env.Host.CreateUserAsync();
        var staying = await env.Host.CreateUserAsync();
        await AddAsync(env, new PendingAuthorization(Pkce.NewState(), leaving, Pkce.Create().Verifier, null, env.Time.GetUtcNow()));
        await AddAsync(env, new PendingAuthorization(Pkce.NewState(), staying, Pkce.Create().Verifier, null, env.Time.GetUtcNow()));

        await env.Host.InScopeAsync<IPendingAuthorizationStore, bool>(async store =>
        {
            await store.DeleteForUserAsync(leaving, Ct);
            return true;
        });

        var rows = await RawDatabase.QueryAsync(env.DatabasePath, "SELECT AppUserId FROM PendingAuthorizations");
        rows.Select(r => r["AppUserId"]).Should().Equal(staying);
    }

    private static Task<bool> AddAsync(TestEnvironment env, PendingAuthorization pending) =>
        env.Host.InScopeAsync<IPendingAuthorizationStore, bool>(async store =>
        {
            await store.AddAsync(pending, Ct);
            return true;
        });

    private static Task<PendingAuthorization?> TakeAsync(TestEnvironment env, string state, string userId) =>
        env.Host.InScopeAsync<IPendingAuthorizationStore, PendingAuthorization?>(store => store.TakeAsync(state, userId, Ct));
}
