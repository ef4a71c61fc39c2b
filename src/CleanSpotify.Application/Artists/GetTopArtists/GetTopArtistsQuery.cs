using CleanSpotify.Application.Common.Results;
using CleanSpotify.Application.Common.TopLists;
using CleanSpotify.Application.SpotifyData;
using CleanSpotify.Domain.Tracks;
using Mediator;

namespace CleanSpotify.Application.Artists.GetTopArtists;

/// <summary>One page of the signed-in user's top artists; <paramref name="Page"/> counts from 1.</summary>
public sealed record GetTopArtistsQuery(TimeRange Range, int Page) : IQuery<Result<TopListPageDto<TopArtistDto>>>;
