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
}
