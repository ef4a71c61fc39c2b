namespace CleanSpotify.Application.Account.DownloadMyData;

/// <summary>
/// The data download's root: the site account, the Spotify link, waiting link attempts, rank snapshots, saved
/// playlists and a summary of the listening history (the plays themselves are in the history export). Holds no token, code, state, verifier, password hash or stamp.
/// </summary>
public sealed record MyDataDocument(
    DateTimeOffset ExportedAt,
    SiteAccount Account,
    MyDataSpotifyLink? SpotifyLink,
    IReadOnlyList<PendingAuthorizationInfo> PendingLinkAttempts,
    IReadOnlyList<MyDataRankSnapshot> RankSnapshots,
    IReadOnlyList<MyDataSavedPlaylist> SavedPlaylists,
    ListeningHistorySummary ListeningHistory);
