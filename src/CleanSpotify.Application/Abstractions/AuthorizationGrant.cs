using CleanSpotify.Domain.Links;

namespace CleanSpotify.Application.Abstractions;

/// <summary>What Spotify's token endpoint granted for an authorization code.</summary>
public sealed record AuthorizationGrant(TokenSet Tokens, IReadOnlyList<string> GrantedScopes);
