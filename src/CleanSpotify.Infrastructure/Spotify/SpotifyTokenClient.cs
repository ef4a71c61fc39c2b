using CleanSpotify.Infrastructure.Spotify.Contracts;
using Microsoft.Extensions.Options;

namespace CleanSpotify.Infrastructure.Spotify;

/// <summary>
/// Both grants of Spotify's token endpoint. The client secret travels in the Basic header set on the accounts
/// client; without a secret the client id goes in the body (public PKCE client). Bodies are never logged.
/// </summary>
internal sealed class SpotifyTokenClient(ISpotifyAccountsApi accountsApi, IOptions<SpotifyOptions> options)
{
    public Task<TokenEndpointOutcome> ExchangeCodeAsync(string code, string codeVerifier, CancellationToken cancellationToken) =>
        RequestAsync(
            new Dictionary<string, string>(StringComparer.Ordinal)
            {
                ["grant_type"] = "authorization_code",
                ["code"] = code,
                ["redirect_uri"] = options.Value.RedirectUri,
                ["code_verifier"] = codeVerifier,
            },
            cancellationToken);

    public Task<TokenEndpointOutcome> RefreshAsync(string refreshToken, CancellationToken cancellationToken) =>
        RequestAsync(
            new Dictionary<string, string>(StringComparer.Ordinal)
            {
                ["grant_type"] = "refresh_token",
                ["refresh_token"] = refreshToken,
            },
            cancellationToken);

    private async Task<TokenEndpointOutcome> RequestAsync(Dictionary<string, string> form, CancellationToken cancellationToken)
    {
        if (string.IsNullOrEmpty(options.Value.ClientSecret))
        {
            form["client_id"] = options.Value.ClientId!;
        }

        try
        {
            using var response = await accountsApi.RequestTokenAsync(form, cancellationToken);
            cancellationToken.ThrowIfCancellationRequested();
            if (response.IsSuccessful && response.Content is { AccessToken.Length: > 0 } token)
            {
                return new TokenEndpointOutcome(token, null);
            }

            return response.IsReceived && (int)response.StatusCode is >= 400 and < 500
                ? new TokenEndpointOutcome(null, ReadOAuthError(response.HasResponseError(out var error) ? error.Content : null) ?? "invalid_request")
                : TokenEndpointOutcome.Unavailable;
        }
        catch (Exception exception) when (SpotifyErrors.IsTransportFailure(exception) && !cancellationToken.IsCancellationRequested)
        {
            return TokenEndpointOutcome.Unavailable;
        }
    }

    private static string? ReadOAuthError(string? content) => SpotifyJson.TryRead<SpotifyAuthErrorResponse>(content)?.Error;
}
