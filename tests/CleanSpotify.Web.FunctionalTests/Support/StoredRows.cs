namespace CleanSpotify.Web.FunctionalTests.Support;

/// <summary>
/// What <see cref="TestStore.DumpTablesAsync"/> shows about a user, and how many rows each table has, once the site's
/// queued snapshot writes are done.
/// </summary>
public static class StoredRows
{
    /// <summary>The tables with a row that contains any of <paramref name="needles"/> (case-insensitive), with that row.</summary>
    public static async Task<IReadOnlyList<string>> MentioningAsync(CleanSpotifyWebApplicationFactory factory, params string[] needles)
    {
        ArgumentNullException.ThrowIfNull(factory);
        await factory.SnapshotsWrittenAsync();
        var tables = await factory.Store.DumpTablesAsync();
        tables.Should().Contain(t => t.Table == "AspNetUsers", "the dump should cover Identity's tables");
        return tables
            .SelectMany(t => t.Rows.Where(r => needles.Any(n => r.Contains(n, StringComparison.OrdinalIgnoreCase))).Select(r => $"{t.Table}: {r}"))
            .ToArray();
    }

    /// <summary>The number of rows of every table.</summary>
    public static async Task<IReadOnlyDictionary<string, int>> CountsAsync(CleanSpotifyWebApplicationFactory factory)
    {
        ArgumentNullException.ThrowIfNull(factory);
        await factory.SnapshotsWrittenAsync();
        return (await factory.Store.DumpTablesAsync()).ToDictionary(t => t.Table, t => t.Rows.Count);
    }
}
