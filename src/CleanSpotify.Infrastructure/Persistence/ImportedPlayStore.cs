using CleanSpotify.Application.Abstractions;
using CleanSpotify.Application.Listening.ImportDataExport;
using CleanSpotify.Domain.Listening;
using Microsoft.EntityFrameworkCore;

namespace CleanSpotify.Infrastructure.Persistence;

/// <summary>
/// Adapter for <see cref="IImportedPlayStore"/>. Per batch, in one transaction (the caller's when one is open), it
/// reads the user's plays ending within a minute of the batch's span without tracking them, matches each imported
/// play against them and against the batch's earlier plays, updates the collected estimates an import replaces, and
/// hands the new plays to <see cref="PlayInserter"/>: no change tracking and no generated keys read back per row.
/// Memory stays bounded by the batch, not the import. What is added or replaced is counted in <see cref="PlayTotals"/>,
/// written when the file's transaction commits.
/// </summary>
internal sealed class ImportedPlayStore(CleanSpotifyDbContext db, PlayInserter inserter, PlayTotals totals, IUnitOfWork unitOfWork) : IImportedPlayStore
{
    public Task<ImportSaveResult> SaveAsync(string appUserId, IReadOnlyList<Play> plays, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(plays);
        return plays.Count == 0
            ? Task.FromResult(new ImportSaveResult(0, 0, 0))
            : unitOfWork.InTransactionAsync(token => SaveBatchAsync(appUserId, plays, token), cancellationToken);
    }

    private async Task<ImportSaveResult> SaveBatchAsync(string appUserId, IReadOnlyList<Play> plays, CancellationToken cancellationToken)
    {
        db.ChangeTracker.Clear();
        var from = plays.Min(p => p.PlayedAt) - PlayMatching.MinuteTolerance;
        var to = plays.Max(p => p.PlayedAt) + PlayMatching.MinuteTolerance;
        var nearby = await db.Plays.AsNoTracking()
            .Where(p => p.AppUserId == appUserId && p.PlayedAt >= from && p.PlayedAt <= to)
            .ToListAsync(cancellationToken);
        var byName = nearby.ToLookup(NameKey).ToDictionary(g => g.Key, g => g.ToList(), StringComparer.Ordinal);
        var known = await KnownTracksAsync(appUserId, plays, nearby, cancellationToken);

        var added = new List<PlayRecord>();
        int duplicates = 0, replaced = 0;
        foreach (var imported in plays)
        {
            var play = imported.TrackId is null && known.TryGetValue(NameKey(imported), out var track) ? WithTrack(imported, track) : imported;
            var key = NameKey(play);
            var candidates = byName.TryGetValue(key, out var list) ? list : byName[key] = [];
            var match = candidates
                .Where(stored => IsSamePlay(stored, play))
                .OrderBy(stored => (stored.PlayedAt - play.PlayedAt).Duration())
                .FirstOrDefault();
            if (match is null)
            {
                var record = PlayRecord.From(appUserId, play);
                added.Add(record);
                candidates.Add(record);
                continue;
            }

            duplicates++;
            if (match.MsPlayedEstimated && !play.MsPlayedEstimated)
            {
                // A stored play (it has its key) is tracked from here on, so saving updates just these columns; a
                // play of this batch is simply inserted with the new values.
                if (match.Id != 0)
                {
                    totals.Replacing(appUserId, match, play.MsPlayed);
                    db.Plays.Attach(match);
                }

                match.MsPlayed = play.MsPlayed;
                match.MsPlayedEstimated = false;
                replaced++;
            }
        }

        if (replaced > 0)
        {
            await db.SaveChangesAsync(cancellationToken);
        }

        await inserter.InsertAsync(added, cancellationToken);
        foreach (var record in added)
        {
            totals.Added(appUserId, record);
        }

        db.ChangeTracker.Clear();
        return new ImportSaveResult(added.Count, duplicates, replaced);
    }

    private static bool IsSamePlay(PlayRecord stored, Play play) =>
        PlayMatching.IsSameTrack(stored.TrackId, stored.TrackName, FirstArtist(stored), play.TrackId, play.TrackName, PlayMatching.FirstArtist(play))
        && (stored.PlayedAt - play.PlayedAt).Duration() <= PlayMatching.ToleranceFor(stored.Source, play.Source);

    /// <summary>
    /// Tracks with an id whose name and first artist match the batch's name-only plays: one stored play of each
    /// (collected, or from an extended import), whose id, album and art the name-only play takes.
    /// </summary>
    private async Task<Dictionary<string, PlayRecord>> KnownTracksAsync(
        string appUserId, IReadOnlyList<Play> plays, List<PlayRecord> nearby, CancellationToken cancellationToken)
    {
        var names = plays.Where(p => p.TrackId is null).Select(p => p.TrackName).Distinct(StringComparer.Ordinal).ToArray();
        if (names.Length == 0)
        {
            return [];
        }

        var ids = await db.Plays.AsNoTracking()
            .Where(p => p.AppUserId == appUserId && p.TrackId != null && names.Contains(p.TrackName))
            .GroupBy(p => new { p.TrackId, p.TrackName })
            .Select(g => g.Max(p => p.Id))
            .ToListAsync(cancellationToken);
        var stored = await db.Plays.AsNoTracking().Where(p => ids.Contains(p.Id)).ToListAsync(cancellationToken);
        var known = new Dictionary<string, PlayRecord>(StringComparer.Ordinal);
        foreach (var record in stored.Concat(nearby.Where(p => p.TrackId is not null)))
        {
            known.TryAdd(NameKey(record), record);
        }

        return known;
    }

    private static Play WithTrack(Play play, PlayRecord track) => play with
    {
        TrackId = track.TrackId,
        AlbumName = play.AlbumName.Length > 0 ? play.AlbumName : track.AlbumName,
        AlbumId = track.AlbumId,
        ArtistIds = track.ArtistIds,
        ImageUrl = track.ImageUrl is null ? null : new Uri(track.ImageUrl, UriKind.Absolute),
    };

    private static string? FirstArtist(PlayRecord record) => record.ArtistNames.Count > 0 ? record.ArtistNames[0] : null;

    private static string NameKey(PlayRecord record) => PlayMatching.NameKey(record.TrackName, FirstArtist(record));

    private static string NameKey(Play play) => PlayMatching.NameKey(play.TrackName, PlayMatching.FirstArtist(play));
}
