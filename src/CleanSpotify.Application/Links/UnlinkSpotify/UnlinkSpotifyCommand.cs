namespace CleanSpotify.Application.Links.UnlinkSpotify;

/// <summary>Removes the signed-in user's Spotify link and everything kept from it; the site account stays.</summary>
public sealed record UnlinkSpotifyCommand : ICommand<Result<UnlinkedDto>>, ISignedInRequest;
