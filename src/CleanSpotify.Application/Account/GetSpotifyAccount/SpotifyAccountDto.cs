using CleanSpotify.Application.Links.GetLinkStatus;

namespace CleanSpotify.Application.Account.GetSpotifyAccount;

/// <summary>The link's health, and the Spotify profile, or null when there is no working link or Spotify did not answer.</summary>
public sealed record SpotifyAccountDto(LinkStatusDto Link, SpotifyAccountProfileDto? Profile);
