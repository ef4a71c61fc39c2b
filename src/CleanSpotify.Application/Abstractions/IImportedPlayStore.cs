using CleanSpotify.Application.Listening.ImportDataExport;
using CleanSpotify.Domain.Listening;

namespace CleanSpotify.Application.Abstractions;

/// <summary>
/// Port: stores imported plays without duplicates, as <see cref="PlayMatching"/> defines them; a matched collected
/// play gets the export's exact time listened. Account-data plays take the id, album and art of a known track with
/// exactly the same artist and track name. Two different tracks are never merged.
/// </summary>
public interface IImportedPlayStore
{
    /// <summary>Stores the batch (joins an open transaction).</summary>
    Task<ImportSaveResult> SaveAsync(string appUserId, IReadOnlyList<Play> plays, CancellationToken cancellationToken);
}
