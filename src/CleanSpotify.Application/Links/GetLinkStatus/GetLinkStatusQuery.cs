namespace CleanSpotify.Application.Links.GetLinkStatus;

/// <summary>The signed-in user's Spotify link, as the landing and link pages show it.</summary>
public sealed record GetLinkStatusQuery : IQuery<Result<LinkStatusDto>>, ISignedInRequest;
