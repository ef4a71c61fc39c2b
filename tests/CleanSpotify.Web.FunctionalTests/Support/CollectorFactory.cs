using CleanSpotify.Application.Collector.CollectPlays;
using CleanSpotify.Application.Collector.TakeRankSnapshots;
using Mediator;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace CleanSpotify.Web.FunctionalTests.Support;

/// <summary>
/// A factory whose site and sandbox share one <see cref="FakeTimeProvider"/>, so plays appear as the test moves time
/// on, and whose collector sweeps the test runs itself (Quartz stays off): one sweep per call, deterministically.
/// </summary>
public class CollectorFactory : CleanSpotifyWebApplicationFactory
{
    public FakeTimeProvider Clock { get; } = new(DateTimeOffset.UtcNow);

    protected override TimeProvider SandboxClock => Clock;

    /// <summary>A fresh sandbox listener with <paramref name="templateKey"/>'s library, so each test links an account of its own.</summary>
    public string NewListener(string templateKey = Listeners.IndieElectronic)
    {
        var key = $"c{Guid.NewGuid():N}"[..12];
        Sandbox.State.AddListener(key, templateKey);
        return key;
    }

    /// <summary>A new user linked to <paramref name="listenerKey"/>, their app user id, and the pace the listener now plays at.</summary>
    public async Task<(UserSession Session, string UserId)> LinkedUserAsync(string listenerKey, TimeSpan? playEvery = null)
    {
        var session = await SignedUpSessionAsync(listenerKey);
        await session.LinkSuccessfullyAsAsync(listenerKey);
        if (playEvery is { } pace)
        {
            Sandbox.State.SetListeningPace(listenerKey, pace);
        }

        var userId = (string)(await Store.ScalarAsync("""SELECT "Id" FROM "AspNetUsers" WHERE "Email" = @email""", ("@email", session.Email!)))!;
        return (session, userId);
    }

    public Task<PlaysCollectedDto> CollectAsync() => CollectAsync(Services);

    /// <summary>One collector sweep run by the host behind <paramref name="services"/> (this factory's, or a restarted one's).</summary>
    public static async Task<PlaysCollectedDto> CollectAsync(IServiceProvider services)
    {
        await using var scope = services.CreateAsyncScope();
        var result = await scope.ServiceProvider.GetRequiredService<ISender>().Send(new CollectPlaysCommand(), TestContext.Current.CancellationToken);
        return result.Value;
    }

    public async Task<RankSnapshotsTakenDto> TakeSnapshotsAsync()
    {
        await using var scope = Services.CreateAsyncScope();
        var result = await scope.ServiceProvider.GetRequiredService<ISender>().Send(new TakeRankSnapshotsCommand(), TestContext.Current.CancellationToken);
        return result.Value;
    }

    /// <summary>Moves time on by <paramref name="step"/> <paramref name="times"/> times, sweeping after each step.</summary>
    public async Task CollectEveryAsync(TimeSpan step, int times)
    {
        for (var i = 0; i < times; i++)
        {
            Clock.Advance(step);
            await CollectAsync();
        }
    }

    /// <summary>The user's stored plays as (end time in Unix ms, track id), oldest first.</summary>
    public async Task<IReadOnlyList<(long PlayedAt, string? TrackId)>> StoredPlaysAsync(string userId)
    {
        var rows = await Store.QueryAsync(
            """SELECT "PlayedAt", "TrackId" FROM "Plays" WHERE "AppUserId" = @user""", ("@user", userId));
        return rows.Select(r => (Convert.ToInt64(r[0], System.Globalization.CultureInfo.InvariantCulture), (string?)r[1]))
            .OrderBy(p => p.Item1).ThenBy(p => p.Item2, StringComparer.Ordinal)
            .ToArray();
    }

    public Task<long> CountAsync(string table, string userId) => TestDatabase.CountForUserAsync(this, table, userId);

    /// <summary>What the sandbox says <paramref name="listenerKey"/> played from <paramref name="from"/> to now, as stored plays are compared.</summary>
    public IReadOnlyList<(long PlayedAt, string? TrackId)> SandboxPlays(string listenerKey, DateTimeOffset from) =>
        Sandbox.State.GetPlays(listenerKey, from, Clock.GetUtcNow())
            .Select(p => (p.PlayedAt.ToUnixTimeMilliseconds(), (string?)p.TrackId))
            .OrderBy(p => p.Item1).ThenBy(p => p.Item2, StringComparer.Ordinal)
            .ToArray();

    public int RecentlyPlayedCalls(string listenerKey) =>
        Sandbox.State.ApiCalls.Count(c => c.ListenerKey == listenerKey && c.Path.EndsWith("/me/player/recently-played", StringComparison.Ordinal));

    protected override void ConfigureTestServices(IServiceCollection services) => services.AddSingleton<TimeProvider>(Clock);
}
