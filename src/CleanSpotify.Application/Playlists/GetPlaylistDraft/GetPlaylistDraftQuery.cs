using CleanSpotify.Application.Common.Results;
using Mediator;

namespace CleanSpotify.Application.Playlists.GetPlaylistDraft;

/// <summary>
/// The confirmation page for saving top tracks as a playlist, where a user comes back to after granting Spotify a
/// missing permission. Values as in the URL: <c>range</c>, <c>count</c> and <c>page</c>, like the form sends them.
/// </summary>
public sealed record GetPlaylistDraftQuery(string? Range, string? Count, string? Page) : IQuery<Result<PlaylistDraftDto>>;
