using CleanSpotify.Application.Abstractions;
using CleanSpotify.Application.Listening.ImportDataExport;

namespace CleanSpotify.UnitTests.Application.Fakes;

/// <summary>Jobs in memory; like the real store, a user has at most one unfinished job.</summary>
public sealed class FakeImportJobStore : IImportJobStore
{
    private readonly Dictionary<Guid, ImportJob> _jobs = [];

    public IReadOnlyCollection<ImportJob> Jobs => _jobs.Values;

    public Task<bool> TryCreateAsync(ImportJob job, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(job);
        if (_jobs.Values.Any(j => j.AppUserId == job.AppUserId && !j.IsFinished))
        {
            return Task.FromResult(false);
        }

        _jobs[job.Id] = job;
        return Task.FromResult(true);
    }

    public Task<ImportJob?> FindAsync(string appUserId, Guid id, CancellationToken cancellationToken) =>
        Task.FromResult(_jobs.TryGetValue(id, out var job) && job.AppUserId == appUserId ? job : null);

    public Task<ImportJob?> GetAsync(Guid id, CancellationToken cancellationToken) => Task.FromResult(_jobs.GetValueOrDefault(id));

    public Task UpdateAsync(ImportJob job, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(job);
        _jobs[job.Id] = job;
        return Task.CompletedTask;
    }

    public Task<IReadOnlyList<ImportJob>> ListUnfinishedAsync(CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<ImportJob>>(_jobs.Values.Where(j => !j.IsFinished).ToArray());
}
