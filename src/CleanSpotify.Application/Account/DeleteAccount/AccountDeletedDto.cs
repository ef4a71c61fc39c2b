namespace CleanSpotify.Application.Account.DeleteAccount;

/// <summary>A deleted site account: <see cref="HadSpotifyLink"/> says whether a Spotify account was freed with it.</summary>
public sealed record AccountDeletedDto(bool HadSpotifyLink);
