using CleanSpotify.Domain.Tracks;

namespace CleanSpotify.Application.Playlists.GetPlaylistDraft;

/// <summary>
/// What the user is about to save, and whether the link already allows it (if not, Spotify asks first).
/// </summary>
public sealed record PlaylistDraftDto(TimeRange Range, TrackSelection Selection, int Page, string Name, bool HasPermission);
