using CleanSpotify.Application.Common.Results;
using Mediator;

namespace CleanSpotify.Application.Playlists.CreatePlaylistFromTopTracks;

/// <summary>
/// Saves top tracks as a private Spotify playlist. Values arrive as the form sent them: <paramref name="Range"/> as in
/// the top-tracks URL, <paramref name="Page"/> the page the form was on, <paramref name="Count"/> a
/// <see cref="TrackSelection"/>, and <paramref name="RequestId"/> the GUID rendered into the form, which makes
/// submitting the same form again return the first playlist instead of creating another.
/// </summary>
public sealed record CreatePlaylistFromTopTracksCommand(string? Range, string? Page, string? Count, string? RequestId)
    : ICommand<Result<PlaylistExport>>;
