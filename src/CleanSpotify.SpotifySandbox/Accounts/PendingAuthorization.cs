namespace CleanSpotify.SpotifySandbox.Accounts;

/// <summary>A validated <c>GET /authorize</c> request waiting for the consent page's answer.</summary>
internal sealed record PendingAuthorization(
    string RedirectUri,
    IReadOnlyList<string> Scopes,
    string? State,
    string? CodeChallenge,
    DateTimeOffset ExpiresAt);
