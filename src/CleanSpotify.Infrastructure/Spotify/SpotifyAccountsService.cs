using CleanSpotify.Application.Abstractions;
using CleanSpotify.Application.Common.Results;
using CleanSpotify.Domain.Links;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Options;

namespace CleanSpotify.Infrastructure.Spotify;

/// <summary>Adapter for <see cref="ISpotifyAccountsService"/>: the consent URL and the code exchange.</summary>
internal sealed class SpotifyAccountsService(
    SpotifyTokenClient tokenClient,
    IOptions<SpotifyOptions> options,
    TimeProvider timeProvider) : ISpotifyAccountsService
{
    public Uri BuildAuthorizeUri(string state, string codeChallenge, IReadOnlyCollection<string> additionalScopes)
    {
        ArgumentNullException.ThrowIfNull(additionalScopes);
        var settings = options.Value;
        var query = new Dictionary<string, string?>(StringComparer.Ordinal)
        {
            ["response_type"] = "code",
            ["client_id"] = settings.ClientId,
            ["scope"] = string.Join(' ', SplitScopes(settings.Scopes).Union(additionalScopes, StringComparer.Ordinal)),
            ["redirect_uri"] = settings.RedirectUri,
            ["state"] = state,
            ["code_challenge_method"] = "S256",
            ["code_challenge"] = codeChallenge,
        };
        return new Uri(QueryHelpers.AddQueryString(settings.AccountsBaseUrl.TrimEnd('/') + "/authorize", query));
    }

    public async Task<Result<AuthorizationGrant>> ExchangeCodeAsync(string code, string codeVerifier, CancellationToken cancellationToken)
    {
        var outcome = await tokenClient.ExchangeCodeAsync(code, codeVerifier, cancellationToken);
        if (outcome.Token is not { } token)
        {
            return outcome.OAuthError switch
            {
                null => SpotifyFailures.Unreachable,
                TokenEndpointOutcome.InvalidGrant => SpotifyFailures.CodeRejected,
                "invalid_client" => SpotifyFailures.ClientRejected,
                _ => SpotifyFailures.CodeRejected,
            };
        }

        if (string.IsNullOrEmpty(token.RefreshToken))
        {
            return SpotifyFailures.NoRefreshToken;
        }

        var issuedAt = timeProvider.GetUtcNow();
        var tokens = new TokenSet(token.AccessToken, token.RefreshToken, issuedAt.AddSeconds(token.ExpiresIn), issuedAt);
        // RFC 6749 §5.1: a response without "scope" granted exactly what was asked.
        return new AuthorizationGrant(tokens, SplitScopes(token.Scope ?? options.Value.Scopes));
    }

    internal static string[] SplitScopes(string? scopes) =>
        (scopes ?? string.Empty).Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}
