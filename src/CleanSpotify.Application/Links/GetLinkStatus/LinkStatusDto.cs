using CleanSpotify.Domain.Links;

namespace CleanSpotify.Application.Links.GetLinkStatus;

/// <summary>A link's health; <see cref="Status"/> is null when the user never linked.</summary>
public sealed record LinkStatusDto(
    LinkStatus? Status,
    string? DisplayName,
    string? SpotifyUserId,
    DateTimeOffset? AuthorizedAt,
    DateTimeOffset? ExpiresAt,
    bool IsExpiringSoon,
    IReadOnlyList<string> GrantedScopes)
{
    public static readonly LinkStatusDto NotLinked = new(null, null, null, null, null, false, []);

    public bool IsLinked => Status == LinkStatus.Linked;

    /// <summary>The status of a saved link at <paramref name="now"/>.</summary>
    public static LinkStatusDto From(SpotifyLinkSummary link, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(link);
        return new LinkStatusDto(
            link.Status,
            link.Account.DisplayName ?? link.Account.UserId,
            link.Account.UserId,
            link.AuthorizedAt,
            link.RefreshTokenExpiresAt,
            link.IsExpiringSoon(now),
            link.GrantedScopes);
    }
}
