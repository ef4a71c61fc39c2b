using CleanSpotify.Application.Abstractions;
using CleanSpotify.Application.Common.Results;
using CleanSpotify.Domain.Links;

namespace CleanSpotify.UnitTests.Application.Fakes;

/// <summary>Records what would go to Spotify's accounts service and answers with a configurable grant.</summary>
public sealed class FakeSpotifyAccountsService : ISpotifyAccountsService
{
    public static readonly DateTimeOffset GrantedAccessTokenExpiresAt = new(2026, 1, 15, 13, 0, 0, TimeSpan.Zero);

    public Result<AuthorizationGrant> ExchangeResult { get; set; } = new AuthorizationGrant(
        new TokenSet("granted-access-token", "granted-refresh-token", GrantedAccessTokenExpiresAt),
        ["user-top-read", "user-read-private"]);

    public List<(string State, string CodeChallenge, IReadOnlyCollection<string> AdditionalScopes)> AuthorizeRequests { get; } = [];

    public List<(string Code, string CodeVerifier)> Exchanges { get; } = [];

    public Uri BuildAuthorizeUri(string state, string codeChallenge, IReadOnlyCollection<string> additionalScopes)
    {
        AuthorizeRequests.Add((state, codeChallenge, additionalScopes));
        return new Uri(
            $"https://accounts.spotify.test/authorize?client_id=app&state={Uri.EscapeDataString(state)}" +
            $"&code_challenge_method=S256&code_challenge={Uri.EscapeDataString(codeChallenge)}");
    }

    public Task<Result<AuthorizationGrant>> ExchangeCodeAsync(string code, string codeVerifier, CancellationToken cancellationToken)
    {
        Exchanges.Add((code, codeVerifier));
        return Task.FromResult(ExchangeResult);
    }
}
