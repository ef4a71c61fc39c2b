using CleanSpotify.Application.Abstractions;
using CleanSpotify.Domain.Links;

namespace CleanSpotify.UnitTests.Application.Fakes;

/// <summary>
/// In-memory links. <see cref="RejectSaves"/> simulates losing the account-uniqueness race in the database. Reads may
/// run on several threads at once; arrange links before acting.
/// </summary>
public sealed class FakeSpotifyLinkStore : ISpotifyLinkStore
{
    private readonly List<SpotifyLink> _links = [];

    public bool RejectSaves { get; set; }

    /// <summary>When set, every read throws it, as a broken database would.</summary>
    public Exception? FailWith { get; set; }

    private int _calls;

    public int Calls => Volatile.Read(ref _calls);

    public List<SpotifyLink> Saved { get; } = [];

    public IReadOnlyList<SpotifyLink> Links => _links;

    public FakeSpotifyLinkStore With(SpotifyLink link)
    {
        _links.Add(link);
        return this;
    }

    /// <summary>Drops the user's link, as <see cref="FakeSpotifyLinkRemover"/> does; false when there was none.</summary>
    public bool Remove(string appUserId) =>
        _links.RemoveAll(l => string.Equals(l.AppUserId, appUserId, StringComparison.Ordinal)) > 0;

    public Task<SpotifyLink?> FindByUserAsync(string appUserId, CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref _calls);
        ThrowIfFailing();
        return Task.FromResult(_links.SingleOrDefault(l => string.Equals(l.AppUserId, appUserId, StringComparison.Ordinal)));
    }

    public async Task<SpotifyLinkSummary?> FindSummaryByUserAsync(string appUserId, CancellationToken cancellationToken) =>
        (await FindByUserAsync(appUserId, cancellationToken))?.Summary;

    public Task<SpotifyLink?> FindByAccountAsync(string accountKey, CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref _calls);
        ThrowIfFailing();
        return Task.FromResult(_links.SingleOrDefault(l => string.Equals(l.Account.AccountKey, accountKey, StringComparison.Ordinal)));
    }

    public Task<bool> SaveAsync(SpotifyLink link, CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref _calls);
        if (RejectSaves)
        {
            return Task.FromResult(false);
        }

        Saved.Add(link);
        if (!_links.Contains(link))
        {
            _links.Add(link);
        }

        return Task.FromResult(true);
    }

    private void ThrowIfFailing()
    {
        if (FailWith is not null)
        {
            throw FailWith;
        }
    }
}
