using CleanSpotify.Application.Common.Results;
using CleanSpotify.Application.Common.TopLists;
using Mediator;

namespace CleanSpotify.Application.Artists.GetTopArtists;

/// <summary>One page of the signed-in user's top artists; same inputs as top tracks.</summary>
public sealed record GetTopArtistsQuery(string? Range, string? Page) : IQuery<Result<TopListPageDto<TopArtistDto>>>;
