namespace CleanSpotify.Application.Abstractions;

/// <summary>Port to Spotify's accounts service: where to send the user, and the authorization-code exchange.</summary>
public interface ISpotifyAccountsService
{
    /// <summary>The consent URL for the configured client, redirect URI and scopes, plus <paramref name="additionalScopes"/>.</summary>
    Uri BuildAuthorizeUri(string state, string codeChallenge, IReadOnlyCollection<string> additionalScopes);

    /// <summary>Exchanges a single-use code; never retried, as a code cannot be used twice.</summary>
    Task<Result<AuthorizationGrant>> ExchangeCodeAsync(string code, string codeVerifier, CancellationToken cancellationToken);
}
