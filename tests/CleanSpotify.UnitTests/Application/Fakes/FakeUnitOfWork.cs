using CleanSpotify.Application.Abstractions;

namespace CleanSpotify.UnitTests.Application.Fakes;

/// <summary>Runs the work at once and counts transactions; <see cref="IsOpen"/> says whether one is running now.</summary>
public sealed class FakeUnitOfWork : IUnitOfWork
{
    public int Transactions { get; private set; }

    public bool IsOpen { get; private set; }

    public async Task<T> InTransactionAsync<T>(Func<CancellationToken, Task<T>> work, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(work);
        Transactions++;
        IsOpen = true;
        try
        {
            return await work(cancellationToken);
        }
        finally
        {
            IsOpen = false;
        }
    }
}
