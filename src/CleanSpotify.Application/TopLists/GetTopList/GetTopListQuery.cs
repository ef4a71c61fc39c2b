using CleanSpotify.Application.Common.TopLists;
using CleanSpotify.Application.Common.Validation;
using CleanSpotify.Application.SpotifyData;
using CleanSpotify.Domain.History;
using CleanSpotify.Domain.Tracks;

namespace CleanSpotify.Application.TopLists.GetTopList;

/// <summary>
/// One page of the signed-in user's top tracks or top artists (<paramref name="List"/>); <paramref name="Page"/>
/// counts from 1. The items are <see cref="TopTrackDto"/> or <see cref="TopArtistDto"/> as the list says.
/// </summary>
public sealed record GetTopListQuery(TopListKind List, TimeRange Range, int Page)
    : IQuery<Result<TopListPageDto<TopItemDto>>>, ISignedInRequest, ITopListPageRequest;
