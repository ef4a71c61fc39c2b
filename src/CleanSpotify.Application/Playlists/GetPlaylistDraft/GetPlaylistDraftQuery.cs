using CleanSpotify.Domain.Tracks;

namespace CleanSpotify.Application.Playlists.GetPlaylistDraft;

/// <summary>
/// The confirmation page for saving top tracks as a playlist, where a user comes back to after granting Spotify a
/// missing permission: the same range, selection and page the form sends.
/// </summary>
public sealed record GetPlaylistDraftQuery(TimeRange Range, TrackSelection Selection, int Page) : IQuery<Result<PlaylistDraftDto>>, ISignedInRequest, IPlaylistDraftRequest;
