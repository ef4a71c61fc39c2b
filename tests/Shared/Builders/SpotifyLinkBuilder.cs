using CleanSpotify.Domain.Links;

namespace CleanSpotify.Tests.Shared.Builders;

/// <summary>
/// Builds a <see cref="SpotifyLink"/> with sensible defaults; override only what a test is about. One builder for the
/// Domain and Application unit tests, linked into both projects.
/// </summary>
public sealed class SpotifyLinkBuilder
{
    /// <summary>The default owner, the same id as the Application tests' current user.</summary>
    public const string DefaultAppUserId = "app-user-1";

    public static readonly DateTimeOffset DefaultAuthorizedAt = new(2025, 12, 1, 9, 0, 0, TimeSpan.Zero);

    private string _appUserId = DefaultAppUserId;
    private SpotifyAccount _account = new("account-1", "spotify-user-1", "Ada");
    private TokenSet _tokens = new("old-access-token", "old-refresh-token", DefaultAuthorizedAt.AddHours(1));
    private string[] _scopes = ["user-top-read"];
    private DateTimeOffset _authorizedAt = DefaultAuthorizedAt;
    private bool _needsReconnect;

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

    public SpotifyLinkBuilder WithAccount(string accountKey, string userId, string? displayName) =>
        WithAccount(new SpotifyAccount(accountKey, userId, displayName));

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

    public SpotifyLinkBuilder NeedingReconnect()
    {
        _needsReconnect = true;
        return this;
    }

    public SpotifyLink Build()
    {
        var link = SpotifyLink.Create(_appUserId, _account, _tokens, _scopes, _authorizedAt);
        if (_needsReconnect)
        {
            link.MarkNeedsReconnect();
        }

        return link;
    }
}
