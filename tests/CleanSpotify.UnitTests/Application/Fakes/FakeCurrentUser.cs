using CleanSpotify.Application.Abstractions;

namespace CleanSpotify.UnitTests.Application.Fakes;

/// <summary>The signed-in user, or an anonymous visitor; counts reads so tests can prove a handler never ran.</summary>
public sealed class FakeCurrentUser(string? id = FakeCurrentUser.DefaultId) : ICurrentUser
{
    public const string DefaultId = "app-user-1";

    private string? _id = id;

    private int _reads;

    public int Reads => Volatile.Read(ref _reads);

    public string? Id
    {
        get
        {
            Interlocked.Increment(ref _reads);
            return _id;
        }
    }

    public void SignInAs(string? id) => _id = id;
}
