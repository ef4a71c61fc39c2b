using CleanSpotify.Application.Abstractions;
using CleanSpotify.Application.Playlists;
using CleanSpotify.Infrastructure.IntegrationTests.Support;

namespace CleanSpotify.Infrastructure.IntegrationTests;

/// <summary>The playlist export store on a real, migrated SQLite file: reservations, completion, release, deletion.</summary>
public sealed class PlaylistExportStoreTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task TryReserveAsync_NewRequestId_ReservesThenReturnsTheHolderToLaterCalls()
    {
        await using var env = await TestEnvironment.StartAsync();
        var userId = await env.Host.CreateUserAsync();
        var requestId = Guid.NewGuid();

        var first = await ReserveAsync(env.Host, userId, requestId, "First");
        var second = await ReserveAsync(env.Host, userId, requestId, "Second");

        first.Should().BeNull("the first call reserves the request id");
        second.Should().NotBeNull();
        second!.Name.Should().Be("First");
        second.Status.Should().Be(PlaylistExportStatus.InProgress);
        second.TrackCount.Should().Be(12);
        second.CreatedAt.Should().Be(TestEnvironment.StartTime);
        (await RawDatabase.QueryAsync(env.DatabasePath, "SELECT Id FROM PlaylistExports")).Should().ContainSingle();
    }

    [Fact]
    public async Task TryReserveAsync_ManyConcurrentCallsAcrossInstances_ExactlyOneReserves()
    {
        await using var env = await TestEnvironment.StartAsync();
        var other = await env.CreateHostAsync();
        var userId = await env.Host.CreateUserAsync();
        var requestId = Guid.NewGuid();

        var outcomes = await Task.WhenAll(Enumerable.Range(0, 8)
            .Select(i => Task.Run(() => ReserveAsync(i % 2 == 0 ? env.Host : other, userId, requestId, $"Attempt {i}"), Ct)));

        outcomes.Count(o => o is null).Should().Be(1);
        outcomes.Where(o => o is not null).Select(o => o!.Name).Distinct().Should().ContainSingle();
        (await RawDatabase.QueryAsync(env.DatabasePath, "SELECT Id FROM PlaylistExports")).Should().ContainSingle();
    }

    [Fact]
    public async Task TryReserveAsync_SameRequestIdForAnotherUser_IsSeparate()
    {
        await using var env = await TestEnvironment.StartAsync();
        var alice = await env.Host.CreateUserAsync();
        var bob = await env.Host.CreateUserAsync();
        var requestId = Guid.NewGuid();

        (await ReserveAsync(env.Host, alice, requestId, "Alice's")).Should().BeNull();
        (await ReserveAsync(env.Host, bob, requestId, "Bob's")).Should().BeNull();

        (await FindAsync(env.Host, bob, requestId))!.Name.Should().Be("Bob's");
        (await FindAsync(env.Host, alice, Guid.NewGuid())).Should().BeNull();
    }

    [Fact]
    public async Task CompleteAsync_Reservation_StoresThePlaylistAndKeepsItAgainstRelease()
    {
        await using var env = await TestEnvironment.StartAsync();
        var userId = await env.Host.CreateUserAsync();
        var requestId = Guid.NewGuid();
        await ReserveAsync(env.Host, userId, requestId, "Done");
        var url = new Uri("https://open.spotify.com/playlist/abc123");

        var completed = await env.Host.InScopeAsync<IPlaylistExportStore, PlaylistExport>(
            store => store.CompleteAsync(userId, requestId, "abc123", url, Ct));
        await env.Host.InScopeAsync<IPlaylistExportStore, bool>(async store =>
        {
            await store.ReleaseAsync(userId, requestId, Ct);
            return true;
        });

        completed.Status.Should().Be(PlaylistExportStatus.Completed);
        var found = await FindAsync(env.Host, userId, requestId);
        found.Should().Be(completed);
        found!.PlaylistId.Should().Be("abc123");
        found.PlaylistUrl.Should().Be(url);
    }

    [Fact]
    public async Task ReleaseAsync_Reservation_LetsTheSameRequestIdBeReservedAgain()
    {
        await using var env = await TestEnvironment.StartAsync();
        var userId = await env.Host.CreateUserAsync();
        var requestId = Guid.NewGuid();
        await ReserveAsync(env.Host, userId, requestId, "Failed");

        await env.Host.InScopeAsync<IPlaylistExportStore, bool>(async store =>
        {
            await store.ReleaseAsync(userId, requestId, Ct);
            return true;
        });

        (await FindAsync(env.Host, userId, requestId)).Should().BeNull();
        (await ReserveAsync(env.Host, userId, requestId, "Retry")).Should().BeNull();
    }

    [Fact]
    public async Task DeleteForUserAsync_RemovesOnlyThatUsersRecords()
    {
        await using var env = await TestEnvironment.StartAsync();
        var leaving = await env.Host.CreateUserAsync();
        var staying = await env.Host.CreateUserAsync();
        await ReserveAsync(env.Host, leaving, Guid.NewGuid(), "One");
        await ReserveAsync(env.Host, leaving, Guid.NewGuid(), "Two");
        var kept = Guid.NewGuid();
        await ReserveAsync(env.Host, staying, kept, "Kept");

        await env.Host.InScopeAsync<IPlaylistExportStore, bool>(async store =>
        {
            await store.DeleteForUserAsync(leaving, Ct);
            return true;
        });

        var rows = await RawDatabase.QueryAsync(env.DatabasePath, "SELECT AppUserId FROM PlaylistExports");
        rows.Should().ContainSingle().Which["AppUserId"].Should().Be(staying);
        (await FindAsync(env.Host, staying, kept)).Should().NotBeNull();
    }

    private static Task<PlaylistExport?> ReserveAsync(InfrastructureHost host, string userId, Guid requestId, string name) =>
        host.InScopeAsync<IPlaylistExportStore, PlaylistExport?>(store =>
            store.TryReserveAsync(PlaylistExport.Reserve(userId, requestId, name, 12, TestEnvironment.StartTime), Ct));

    private static Task<PlaylistExport?> FindAsync(InfrastructureHost host, string userId, Guid requestId) =>
        host.InScopeAsync<IPlaylistExportStore, PlaylistExport?>(store => store.FindAsync(userId, requestId, Ct));
}
