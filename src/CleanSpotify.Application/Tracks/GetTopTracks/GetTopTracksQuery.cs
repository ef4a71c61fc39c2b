using CleanSpotify.Application.Common.Results;
using CleanSpotify.Application.Common.TopLists;
using Mediator;

namespace CleanSpotify.Application.Tracks.GetTopTracks;

/// <summary>
/// One page of the signed-in user's top tracks. Values arrive as typed in the URL so that the validator can say
/// what is wrong with them: <paramref name="Range"/> is <c>short_term</c>, <c>medium_term</c> (default) or
/// <c>long_term</c>; <paramref name="Page"/> is a positive number (default 1).
/// </summary>
public sealed record GetTopTracksQuery(string? Range, string? Page) : IQuery<Result<TopListPageDto<TopTrackDto>>>;
