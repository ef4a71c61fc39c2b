using CleanSpotify.Application.Abstractions;
using CleanSpotify.Application.Listening.ImportDataExport;
using CleanSpotify.Domain.Listening;

namespace CleanSpotify.UnitTests.Application.Fakes;

/// <summary>Keeps plays in a list, skipping those <see cref="PlayMatching"/> calls the same as one kept.</summary>
public sealed class FakeImportedPlayStore : IImportedPlayStore
{
    public List<Play> Plays { get; } = [];

    public Task<ImportSaveResult> SaveAsync(string appUserId, IReadOnlyList<Play> plays, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(plays);
        var added = 0;
        foreach (var play in plays.Where(play => !Plays.Any(kept => PlayMatching.IsSamePlay(kept, play))))
        {
            Plays.Add(play);
            added++;
        }

        return Task.FromResult(new ImportSaveResult(added, plays.Count - added, 0));
    }
}
