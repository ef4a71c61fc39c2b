using System.Text.Json;
using CleanSpotify.Application.Abstractions;
using CleanSpotify.Application.Listening;
using CleanSpotify.Domain.Listening;
using CleanSpotify.Web.FunctionalTests.Support;
using Microsoft.Extensions.DependencyInjection;
using PostgresMigration = CleanSpotify.Infrastructure.Persistence.Postgres.Migrations.PlayTotals;
using SqliteMigration = CleanSpotify.Infrastructure.Persistence.Sqlite.Migrations.PlayTotals;

namespace CleanSpotify.Web.FunctionalTests;

/// <summary>
/// The stored play totals behind /history and /stats (issue 15), on the test database's provider: kept by the
/// collector's and the importer's writes (estimates replaced, a stream won or lost), equal to what the migration
/// builds from the same plays, and read for periods that cut months in two.
/// </summary>
public sealed class PlayTotalsTests(ListeningFactory factory) : IClassFixture<ListeningFactory>
{
    /// <summary>Collected plays (estimates) over three months; one names an artist twice, one track is renamed.</summary>
    private static readonly SeedPlay[] Collected =
    [
        new("2026-11-10T10:00:00Z", "t1", "Old Name", ["A"], "Album X", 200_000),
        new("2026-11-28T23:59:59Z", "t2", "Two", ["A", "B", "A"], "Album Y", 20_000),
        new("2026-12-05T10:00:00Z", "t1", "New Name", ["A"], "Album X", 25_000),
        new("2026-12-31T23:30:00Z", "t3", "Three", ["B"], "Album Y", 180_000),
        new("2027-01-02T10:00:00Z", "t1", "New Name", ["A"], "Album X", 100_000),
        new("2027-01-15T10:00:00Z", "t2", "Two", ["A", "B"], "Album Y", 35_000),
    ];

    /// <summary>An export: exact times for two collected plays (one becomes a stream, one stops being one) and a new play.</summary>
    private static readonly Play[] Imported =
    [
        Exact("t1", "New Name", ["A"], "Album X", "2026-12-05T10:00:05Z", 40_000),
        Exact("t2", "Two", ["A", "B"], "Album Y", "2027-01-15T10:00:03Z", 10_000),
        Exact("t4", "Fjögur", ["Sigur Rós"], "Album Z", "2027-01-18T10:00:00Z", 60_000),
    ];

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Totals_KeptByCollectorAndImport_CountEveryPlayOnceWithTheExactTimes()
    {
        var userId = await SeededUserAsync("totalskept");

        var rows = await TotalsAsync(userId);

        rows.Should().ContainEquivalentOf(new Total(0, 0, "", "", [], 7, 5, 610_000), "all time: seven plays, five of them streams");
        rows.Should().ContainEquivalentOf(new Total(0, 1, "t1", "New Name", ["A"], 3, 3, 340_000), "the import made the December play a stream");
        rows.Should().ContainEquivalentOf(new Total(0, 1, "t2", "Two", ["A", "B"], 2, 0, 30_000), "the import made the January play too short");
        rows.Should().ContainEquivalentOf(new Total(0, 2, "A", "A", [], 5, 3, 370_000), "an artist named twice on a play counts once");
        rows.Should().ContainEquivalentOf(new Total(0, 3, "Album Y", "Album Y", ["A", "B"], 3, 1, 210_000));
        rows.Should().ContainEquivalentOf(new Total(202612, 1, "t1", "New Name", ["A"], 1, 1, 40_000));
        rows.Should().ContainEquivalentOf(new Total(202611, 1, "t1", "Old Name", ["A"], 1, 1, 200_000));
        rows.Where(r => r.Month == 202701 && r.Kind == 0).Should().ContainSingle().Which.Plays.Should().Be(3);
    }

    [Fact]
    public async Task Totals_KeptByTheWrites_EqualWhatTheMigrationBuildsFromThePlays()
    {
        var userId = await SeededUserAsync("totalsbackfill");
        var kept = await TotalsAsync(userId);

        // The fill builds every user's totals, so the whole table is emptied first (the other tests' users are rebuilt too).
        await factory.Store.ExecuteAsync("DELETE FROM \"PlayTotals\"");
        await factory.Store.ExecuteAsync(factory.Store.Provider == "Postgres" ? PostgresMigration.Backfill : SqliteMigration.Backfill);

        var built = await TotalsAsync(userId);
        built.Should().HaveCount(kept.Count).And.BeEquivalentTo(kept, options => options.WithStrictOrdering());
    }

    [Fact]
    public async Task Reader_PeriodCuttingTwoMonths_CountsTheWholeMonthAndTheLoosePlaysAtBothEnds()
    {
        var userId = await SeededUserAsync("totalsperiod");
        var period = new PlayPeriod(new DateTimeOffset(2026, 11, 20, 0, 0, 0, TimeSpan.Zero), new DateTimeOffset(2027, 1, 10, 0, 0, 0, TimeSpan.Zero));

        await using var scope = factory.Services.CreateAsyncScope();
        var reader = scope.ServiceProvider.GetRequiredService<IListeningHistoryReader>();
        async Task<string[]> Top(PlayedItemKind kind, PlayedItemOrder order, PlayPeriod of) =>
            [.. (await reader.TopAsync(userId, of, kind, order, 10, Ct)).Select(t => $"{t.Name}:{t.Streams}:{t.MsPlayed}")];

        (await reader.CountAsync(userId, period, Ct)).Should().Be(4);
        (await Top(PlayedItemKind.Track, PlayedItemOrder.Streams, period)).Should().Equal("New Name:2:140000", "Three:1:180000", "Two:0:20000");
        (await Top(PlayedItemKind.Track, PlayedItemOrder.Time, period)).Should().Equal("Three:1:180000", "New Name:2:140000", "Two:0:20000");
        (await Top(PlayedItemKind.Artist, PlayedItemOrder.Streams, period)).Should().Equal("A:2:160000", "B:1:200000");
        (await Top(PlayedItemKind.Album, PlayedItemOrder.Time, period)).Should().Equal("Album Y:1:200000", "Album X:2:140000");

        (await reader.CountAsync(userId, PlayPeriod.All, Ct)).Should().Be(7);
        (await Top(PlayedItemKind.Artist, PlayedItemOrder.Time, PlayPeriod.All)).Should().Equal("A:3:370000", "B:1:210000", "Sigur Rós:1:60000");
        var wholeDecember = new PlayPeriod(new DateTimeOffset(2026, 12, 1, 0, 0, 0, TimeSpan.Zero), new DateTimeOffset(2027, 1, 1, 0, 0, 0, TimeSpan.Zero));
        (await reader.CountAsync(userId, wholeDecember, Ct)).Should().Be(2);
        (await Top(PlayedItemKind.Track, PlayedItemOrder.Streams, wholeDecember)).Should().Equal("Three:1:180000", "New Name:1:40000");
    }

    [Fact]
    public async Task DeletingTheHistory_DeletesTheTotals()
    {
        var userId = await SeededUserAsync("totalsdelete");

        await using (var scope = factory.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<IListeningHistoryStore>().DeleteForUserAsync(userId, Ct);
        }

        (await TestDatabase.CountForUserAsync(factory, "PlayTotals", userId)).Should().Be(0);
    }

    [Fact]
    public async Task StatsPage_KeptBetweenViews_ShowsAPlayStoredMeanwhileAndTheDeletedHistory()
    {
        using var session = await factory.SignedUpSessionAsync("totalspage");
        var userId = await TestDatabase.UserIdAsync(factory, session.Email!);
        await StoredPlays.AddAsync(factory, userId, Collected);
        async Task<string> PlaysShownAsync() => (await session.GetPageAsync("/stats")).Find("[data-testid=total-plays]")!.TextContent;

        (await PlaysShownAsync()).Should().Be("6");
        (await PlaysShownAsync()).Should().Be("6", "the kept page reads back the same figures");
        await StoredPlays.AddAsync(factory, userId, new SeedPlay("2027-01-19T10:00:00Z", "t5", "Five", ["A"], "Album X", 90_000));
        (await PlaysShownAsync()).Should().Be("7");

        await using (var scope = factory.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<IListeningHistoryStore>().DeleteForUserAsync(userId, Ct);
        }

        (await PlaysShownAsync()).Should().Be("0");
    }

    private async Task<string> SeededUserAsync(string prefix)
    {
        using var session = await factory.SignedUpSessionAsync(prefix);
        var userId = await TestDatabase.UserIdAsync(factory, session.Email!);
        await StoredPlays.AddAsync(factory, userId, Collected);
        await using var scope = factory.Services.CreateAsyncScope();
        var saved = await scope.ServiceProvider.GetRequiredService<IImportedPlayStore>().SaveAsync(userId, Imported, Ct);
        saved.EstimatesReplaced.Should().Be(2);
        saved.Added.Should().Be(1);
        return userId;
    }

    private async Task<List<Total>> TotalsAsync(string userId)
    {
        var rows = await factory.Store.QueryAsync(
            "SELECT \"Month\", \"Kind\", \"Key\", \"Name\", \"ArtistNames\", \"Plays\", \"Streams\", \"MsPlayed\" FROM \"PlayTotals\" " +
            "WHERE \"AppUserId\" = @user ORDER BY \"Month\", \"Kind\", \"Key\"",
            ("@user", userId));
        return
        [
            .. rows.Select(r => new Total(
                Convert.ToInt32(r[0], System.Globalization.CultureInfo.InvariantCulture),
                Convert.ToInt32(r[1], System.Globalization.CultureInfo.InvariantCulture),
                (string)r[2]!,
                (string)r[3]!,
                JsonSerializer.Deserialize<string[]>((string)r[4]!)!,
                Convert.ToInt32(r[5], System.Globalization.CultureInfo.InvariantCulture),
                Convert.ToInt32(r[6], System.Globalization.CultureInfo.InvariantCulture),
                Convert.ToInt64(r[7], System.Globalization.CultureInfo.InvariantCulture))),
        ];
    }

    private static Play Exact(string trackId, string name, string[] artists, string album, string endedAt, int msPlayed) =>
        new(trackId, name, artists, album, DateTimeOffset.Parse(endedAt, System.Globalization.CultureInfo.InvariantCulture), msPlayed, false, PlaySource.Extended);

    private sealed record Total(int Month, int Kind, string Key, string Name, string[] Artists, int Plays, int Streams, long MsPlayed);
}
