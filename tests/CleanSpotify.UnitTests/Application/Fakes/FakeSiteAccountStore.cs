using CleanSpotify.Application.Abstractions;

namespace CleanSpotify.UnitTests.Application.Fakes;

/// <summary>In-memory site accounts; <see cref="DeletedInTransaction"/> records, per deletion, whether a transaction was open.</summary>
public sealed class FakeSiteAccountStore(FakeUnitOfWork? unitOfWork = null) : ISiteAccountStore
{
    private readonly Dictionary<string, SiteAccount> _accounts = new(StringComparer.Ordinal);

    public List<bool> DeletedInTransaction { get; } = [];

    public IReadOnlyCollection<SiteAccount> Accounts => _accounts.Values;

    public FakeSiteAccountStore With(SiteAccount account)
    {
        ArgumentNullException.ThrowIfNull(account);
        _accounts[account.Id] = account;
        return this;
    }

    public Task<SiteAccount?> FindAsync(string appUserId, CancellationToken cancellationToken) =>
        Task.FromResult(_accounts.GetValueOrDefault(appUserId));

    public Task<bool> DeleteAsync(string appUserId, CancellationToken cancellationToken)
    {
        DeletedInTransaction.Add(unitOfWork?.IsOpen ?? false);
        return Task.FromResult(_accounts.Remove(appUserId));
    }
}
