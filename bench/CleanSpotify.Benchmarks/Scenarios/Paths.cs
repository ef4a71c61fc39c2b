namespace CleanSpotify.Benchmarks.Scenarios;

/// <summary>The pages the scenarios ask for. The seeded users' lists: 23 short-term, 87 medium-term, 50 long-term tracks.</summary>
internal static class Paths
{
    public const string CachedPage = "/top/tracks?range=medium_term&page=1";

    /// <summary>Every page of top tracks a seeded user has: one Spotify call each when cold.</summary>
    public static readonly string[] ColdPages =
    [
        "/top/tracks?range=short_term&page=1",
        CachedPage,
        "/top/tracks?range=medium_term&page=2",
        "/top/tracks?range=long_term&page=1",
    ];

    /// <summary>Pages the cached-page users have not opened yet, asked for all at once in the refresh storm.</summary>
    public static readonly string[] StormPages =
    [
        "/top/tracks?range=short_term&page=1",
        "/top/tracks?range=medium_term&page=2",
        "/top/tracks?range=long_term&page=1",
        "/top/artists?range=medium_term&page=1",
    ];

    /// <summary>What a signed-in user without a link sees: the home page and the "link Spotify" page.</summary>
    public static readonly string[] UnlinkedPages = ["/", "/top/tracks"];
}
