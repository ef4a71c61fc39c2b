using CleanSpotify.Domain.Links;

namespace CleanSpotify.Domain.UnitTests.Builders;

/// <summary>Builds a linked <see cref="SpotifyLink"/> with sensible defaults; override only what a test is about.</summary>
public sealed class SpotifyLinkBuilder
{
    public static readonly DateTimeOffset DefaultAuthorizedAt = new(2026, 1, 15, 12, 0, 0, TimeSpan.Zero);

    private string _appUserId = "app-user-1";
    private SpotifyAccount _account = new("account-1", "spotify-user-1", "Ada");
    private TokenSet _tokens = new("access-1", "refresh-1", DefaultAuthorizedAt.AddHours(1));
    private string[] _scopes = ["user-top-read"];
    private DateTimeOffset _authorizedAt = DefaultAuthorizedAt;

    public SpotifyLinkBuilder ForUser(string appUserId)
    {
        _appUserId = appUserId;
        return this;
    }

    public SpotifyLinkBuilder WithAccount(SpotifyAccount account)
    {
        _account = account;
        return this;
    }

    public SpotifyLinkBuilder WithTokens(TokenSet tokens)
    {
        _tokens = tokens;
        return this;
    }

    public SpotifyLinkBuilder WithScopes(params string[] scopes)
    {
        _scopes = scopes;
        return this;
    }

    public SpotifyLinkBuilder AuthorizedAt(DateTimeOffset authorizedAt)
    {
        _authorizedAt = authorizedAt;
        return this;
    }

    public SpotifyLink Build() => SpotifyLink.Create(_appUserId, _account, _tokens, _scopes, _authorizedAt);
}
