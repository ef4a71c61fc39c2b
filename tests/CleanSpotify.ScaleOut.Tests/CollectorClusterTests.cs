using CleanSpotify.ScaleOut.Tests.Support;
using CleanSpotify.Tests.Shared;
using Npgsql;

namespace CleanSpotify.ScaleOut.Tests;

/// <summary>
/// The collector on two instances sharing one PostgreSQL database: Quartz clusters them, so the sweep never runs on
/// both at once and every play is stored once; when one instance stops, the other carries on. The instances keep real
/// time with short intervals, and the test moves the sandbox's clock so that plays appear.
/// </summary>
public sealed class CollectorClusterTests
{
    private static readonly Dictionary<string, string> CollectorOn = new()
    {
        ["History:Enabled"] = "true",
        ["History:SweepInterval"] = "00:00:01",
        ["History:MinPollInterval"] = "00:00:01",
        ["History:PollInterval"] = "00:00:02",
        ["History:ClusterCheckinInterval"] = "00:00:01",
    };

    private static readonly string[] ListenerKeys = ["jazz-soul", "indie-electronic", "hiphop-rnb"];

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task TwoInstances_StoreEveryPlayOnce_NeverSweepAtOnce_AndOneCarriesOnWhenTheOtherStops()
    {
        await using var cluster = await TwoInstanceCluster.StartAsync(settings: CollectorOn, sitesOnRealTime: true);
        var users = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (listener, index) in ListenerKeys.Select((l, i) => (l, i)))
        {
            users[listener] = await LinkAsync(cluster, listener, index % 2 == 0 ? cluster.A : cluster.B);
            cluster.Sandbox.State.SetListeningPace(listener, TimeSpan.FromSeconds(5));
        }

        using var sampling = CancellationTokenSource.CreateLinkedTokenSource(Ct);
        var mostSweepsAtOnce = SampleSweepsAtOnceAsync(cluster, sampling.Token);
        await ListenAndCollectAsync(cluster, users, minutes: 3);
        (await ScalarAsync(cluster, "SELECT COUNT(*) FROM qrtz_scheduler_state")).Should().Be(2L, "both instances are members of the cluster");

        await cluster.StopAAsync();
        await ListenAndCollectAsync(cluster, users, minutes: 2);
        await sampling.CancelAsync();

        (await mostSweepsAtOnce).Should().BeLessThanOrEqualTo(1, "the sweep never runs on both instances at once");
    }

    /// <summary>Moves the sandbox on a minute at a time, each time waiting until every play that happened is stored, exactly once.</summary>
    private static async Task ListenAndCollectAsync(TwoInstanceCluster cluster, IReadOnlyDictionary<string, string> users, int minutes)
    {
        for (var minute = 0; minute < minutes; minute++)
        {
            cluster.Clock.Advance(TimeSpan.FromMinutes(1));
            foreach (var (listener, userId) in users)
            {
                await Condition.WaitUntilAsync(
                    async () => await StoredMatchesTheSandboxAsync(cluster, listener, userId),
                    TimeSpan.FromSeconds(30),
                    $"{listener}'s plays to be stored");
            }
        }

        foreach (var (listener, userId) in users)
        {
            var stored = await StoredPlaysAsync(cluster, userId);
            stored.Should().OnlyHaveUniqueItems($"{listener}'s plays are stored once");
        }
    }

    private static async Task<bool> StoredMatchesTheSandboxAsync(TwoInstanceCluster cluster, string listener, string userId)
    {
        var stored = await StoredPlaysAsync(cluster, userId);
        if (stored.Count == 0)
        {
            return false;
        }

        var truth = cluster.Sandbox.State.GetPlays(listener, stored[0].PlayedAt, cluster.Clock.GetUtcNow())
            .Select(p => (p.PlayedAt, (string?)p.TrackId))
            .ToArray();
        return stored.Count == truth.Length && truth.All(stored.Contains);
    }

    /// <summary>The most collect-plays firings Quartz had under way at once, sampled until cancelled.</summary>
    private static async Task<long> SampleSweepsAtOnceAsync(TwoInstanceCluster cluster, CancellationToken cancellationToken)
    {
        long most = 0;
        await using var connection = new NpgsqlConnection(cluster.ConnectionString);
        await connection.OpenAsync(Ct);
        await using var command = new NpgsqlCommand("SELECT COUNT(*) FROM qrtz_fired_triggers WHERE job_name = 'collect-plays'", connection);
        while (!cancellationToken.IsCancellationRequested)
        {
            most = Math.Max(most, (long)(await command.ExecuteScalarAsync(Ct))!);
            try
            {
                await Task.Delay(TimeSpan.FromMilliseconds(20), cancellationToken);
            }
            catch (OperationCanceledException)
            {
                break;
            }
        }

        return most;
    }

    private static async Task<string> LinkAsync(TwoInstanceCluster cluster, string listener, AppInstance on)
    {
        using var browser = new Browser();
        var email = $"{listener}-{Guid.NewGuid():N}@example.test";
        await browser.RegisterAsync(on, email);
        var callback = await cluster.ConsentAsync(await browser.BeginLinkAsync(on), listener);
        (await browser.GetAsync(on, callback)).StatusCode.Should().Be(System.Net.HttpStatusCode.Redirect);
        return (string)(await ScalarAsync(cluster, """SELECT "Id" FROM "AspNetUsers" WHERE "Email" = @p""", email))!;
    }

    private static async Task<object?> ScalarAsync(TwoInstanceCluster cluster, string sql, string? parameter = null)
    {
        await using var connection = new NpgsqlConnection(cluster.ConnectionString);
        await connection.OpenAsync(Ct);
#pragma warning disable CA2100 // Test-only SQL built from constants; the value goes in a parameter.
        await using var command = new NpgsqlCommand(sql, connection);
#pragma warning restore CA2100
        if (parameter is not null)
        {
            command.Parameters.AddWithValue("p", parameter);
        }

        return await command.ExecuteScalarAsync(Ct);
    }

    private static async Task<IReadOnlyList<(DateTimeOffset PlayedAt, string? TrackId)>> StoredPlaysAsync(TwoInstanceCluster cluster, string userId)
    {
        await using var connection = new NpgsqlConnection(cluster.ConnectionString);
        await connection.OpenAsync(Ct);
        await using var command = new NpgsqlCommand("""SELECT "PlayedAt", "TrackId" FROM "Plays" WHERE "AppUserId" = @p ORDER BY "PlayedAt" """, connection);
        command.Parameters.AddWithValue("p", userId);
        var plays = new List<(DateTimeOffset, string?)>();
        await using var reader = await command.ExecuteReaderAsync(Ct);
        while (await reader.ReadAsync(Ct))
        {
            plays.Add((DateTimeOffset.FromUnixTimeMilliseconds(reader.GetInt64(0)), await reader.IsDBNullAsync(1, Ct) ? null : reader.GetString(1)));
        }

        return plays;
    }
}
