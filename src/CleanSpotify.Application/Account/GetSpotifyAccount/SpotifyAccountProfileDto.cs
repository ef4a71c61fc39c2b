namespace CleanSpotify.Application.Account.GetSpotifyAccount;

/// <summary>
/// The Spotify profile as the account page shows it; <see cref="StaleNotice"/> says why an older copy is shown.
/// </summary>
public sealed record SpotifyAccountProfileDto(
    string UserId,
    string? DisplayName,
    Uri? ImageUrl,
    Uri? ProfileUrl,
    DateTimeOffset FetchedAt,
    string? StaleNotice);
