using CleanSpotify.Application.Account.GetSpotifyAccount;

namespace CleanSpotify.Web.Models;

/// <summary>The account page: the link's health and, when Spotify answered, the Spotify profile.</summary>
public sealed record SpotifyAccountViewModel(LinkStatusViewModel Link, AccountProfileViewModel? Profile)
{
    public bool CanUnlink => Link.IsLinked || Link.NeedsReconnect;

    public static SpotifyAccountViewModel From(SpotifyAccountDto account, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(account);
        return new SpotifyAccountViewModel(
            LinkStatusViewModel.From(account.Link),
            account.Profile is null ? null : AccountProfileViewModel.From(account.Profile, now));
    }
}

/// <summary>The Spotify profile block of the account page.</summary>
public sealed record AccountProfileViewModel(string Name, Uri? ImageUrl, Uri? ProfileUrl, string? StaleNotice, string UpdatedAgo)
{
    public static AccountProfileViewModel From(SpotifyAccountProfileDto profile, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(profile);
        return new AccountProfileViewModel(
            profile.DisplayName ?? profile.UserId,
            profile.ImageUrl,
            profile.ProfileUrl,
            profile.StaleNotice,
            Ago.Format(profile.FetchedAt, now));
    }
}
