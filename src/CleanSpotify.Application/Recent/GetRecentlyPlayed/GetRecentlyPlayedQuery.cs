namespace CleanSpotify.Application.Recent.GetRecentlyPlayed;

/// <summary>The signed-in user's last plays (Spotify keeps 50). It takes no input, so it has no validator.</summary>
public sealed record GetRecentlyPlayedQuery : IQuery<Result<RecentlyPlayedDto>>, ISignedInRequest;
