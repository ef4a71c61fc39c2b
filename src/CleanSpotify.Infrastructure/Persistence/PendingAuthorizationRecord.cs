namespace CleanSpotify.Infrastructure.Persistence;

/// <summary>
/// A stored pending authorization. The state is kept only as a SHA-256 hash (a lookup key), and the verifier is
/// encrypted, so the table is useless to whoever copies it.
/// </summary>
internal sealed class PendingAuthorizationRecord : UserOwnedRecord
{
    public required string StateHash { get; init; }

    public required string CodeVerifier { get; init; }

    public string? ReturnUrl { get; init; }

    public required DateTimeOffset CreatedAt { get; init; }

    public required DateTimeOffset ExpiresAt { get; init; }
}
