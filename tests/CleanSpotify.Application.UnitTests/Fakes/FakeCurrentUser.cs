using CleanSpotify.Application.Abstractions;

namespace CleanSpotify.Application.UnitTests.Fakes;

/// <summary>The signed-in user, or an anonymous visitor; counts reads so tests can prove a handler never ran.</summary>
public sealed class FakeCurrentUser(string? id = FakeCurrentUser.DefaultId) : ICurrentUser
{
    public const string DefaultId = "app-user-1";

    private string? _id = id;

    public int Reads { get; private set; }

    public string? Id
    {
        get
        {
            Reads++;
            return _id;
        }
    }

    public void SignInAs(string? id) => _id = id;
}
