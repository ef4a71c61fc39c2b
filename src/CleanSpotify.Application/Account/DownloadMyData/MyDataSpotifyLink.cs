using CleanSpotify.Domain.Links;

namespace CleanSpotify.Application.Account.DownloadMyData;

/// <summary>The Spotify link as stored, without its tokens.</summary>
public sealed record MyDataSpotifyLink(
    string AccountId,
    string SpotifyUserId,
    string? DisplayName,
    IReadOnlyList<string> GrantedScopes,
    string Status,
    DateTimeOffset AuthorizedAt,
    DateTimeOffset RefreshTokenExpiresAt)
{
    public static MyDataSpotifyLink From(SpotifyLinkSummary link)
    {
        ArgumentNullException.ThrowIfNull(link);
        return new MyDataSpotifyLink(
            link.Account.AccountKey,
            link.Account.UserId,
            link.Account.DisplayName,
            link.GrantedScopes,
            link.Status.ToString(),
            link.AuthorizedAt,
            link.RefreshTokenExpiresAt);
    }
}
