using CleanSpotify.Domain.Tracks;

namespace CleanSpotify.Application.Playlists.CreatePlaylistFromTopTracks;

/// <summary>
/// Saves top tracks as a private Spotify playlist: <paramref name="Selection"/> of the <paramref name="Range"/> list,
/// <paramref name="Page"/> the page the form was on, and <paramref name="RequestId"/> the GUID rendered into the form,
/// which makes submitting the same form again return the first playlist instead of creating another.
/// </summary>
public sealed record CreatePlaylistFromTopTracksCommand(TimeRange Range, int Page, TrackSelection Selection, Guid RequestId)
    : ICommand<Result<PlaylistExport>>, ISignedInRequest, IPlaylistDraftRequest;
