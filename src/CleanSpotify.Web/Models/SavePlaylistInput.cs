using CleanSpotify.Application.Playlists;
using CleanSpotify.Domain.Tracks;

namespace CleanSpotify.Web.Models;

/// <summary>The fields the "Save as playlist" form posts, bound to typed values (a value that does not bind is a 400).</summary>
public sealed record SavePlaylistInput(
    TimeRange Range,
    [ModelBinder(typeof(PageNumberBinder))] int Page,
    TrackSelection Count,
    [ModelBinder(typeof(RequestIdBinder))] Guid RequestId);
