namespace CleanSpotify.Application.Account.GetSpotifyAccount;

/// <summary>The account page: the user's Spotify link and, when Spotify answers, their Spotify profile.</summary>
public sealed record GetSpotifyAccountQuery : IQuery<Result<SpotifyAccountDto>>, ISignedInRequest;
