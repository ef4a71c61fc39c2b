using CleanSpotify.Application.Common.Results;
using CleanSpotify.Application.Common.TopLists;
using CleanSpotify.Application.SpotifyData;
using CleanSpotify.Domain.Tracks;
using Mediator;

namespace CleanSpotify.Application.Tracks.GetTopTracks;

/// <summary>One page of the signed-in user's top tracks; <paramref name="Page"/> counts from 1.</summary>
public sealed record GetTopTracksQuery(TimeRange Range, int Page) : IQuery<Result<TopListPageDto<TopTrackDto>>>;
