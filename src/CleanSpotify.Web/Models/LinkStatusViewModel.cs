using System.Globalization;
using CleanSpotify.Application.Links.GetLinkStatus;
using CleanSpotify.Domain.Links;

namespace CleanSpotify.Web.Models;

/// <summary>A user's Spotify link as the landing and link pages describe it.</summary>
public sealed record LinkStatusViewModel(
    string Health,
    bool IsLinked,
    bool NeedsReconnect,
    string? DisplayName,
    string? LinkedSince,
    string? ExpiresOn,
    bool IsExpiringSoon,
    IReadOnlyList<string> GrantedScopes)
{
    public LinkFormViewModel Form => IsLinked || NeedsReconnect ? LinkFormViewModel.Reconnect : LinkFormViewModel.Link;

    public static LinkStatusViewModel From(LinkStatusDto status)
    {
        ArgumentNullException.ThrowIfNull(status);
        var health = status.Status switch
        {
            LinkStatus.Linked when status.IsExpiringSoon => $"Linked, expiring on {FormatDate(status.ExpiresAt)}",
            LinkStatus.Linked => "Linked",
            LinkStatus.NeedsReconnect => "Needs reconnecting",
            _ => "Not linked",
        };
        return new LinkStatusViewModel(
            health,
            status.IsLinked,
            status.Status == LinkStatus.NeedsReconnect,
            status.DisplayName,
            FormatDate(status.AuthorizedAt),
            FormatDate(status.ExpiresAt),
            status.IsExpiringSoon,
            status.GrantedScopes);
    }

    private static string? FormatDate(DateTimeOffset? value) =>
        value?.UtcDateTime.ToString("d MMMM yyyy", CultureInfo.InvariantCulture);
}
