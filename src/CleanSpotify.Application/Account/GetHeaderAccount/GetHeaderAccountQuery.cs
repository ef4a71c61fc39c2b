namespace CleanSpotify.Application.Account.GetHeaderAccount;

/// <summary>The Spotify name and picture the page header shows; null when the user has no working link.</summary>
public sealed record GetHeaderAccountQuery : IQuery<Result<HeaderAccountDto?>>, ISignedInRequest;
