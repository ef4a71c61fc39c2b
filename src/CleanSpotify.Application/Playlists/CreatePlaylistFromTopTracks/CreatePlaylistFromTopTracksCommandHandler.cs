using System.Globalization;
using CleanSpotify.Application.Abstractions;
using CleanSpotify.Application.Common.Results;
using CleanSpotify.Application.Common.TopLists;
using CleanSpotify.Application.Common.Validation;
using CleanSpotify.Application.Links;
using CleanSpotify.Application.Tracks;
using CleanSpotify.Application.Tracks.GetTopTracks;
using CleanSpotify.Domain.History;
using CleanSpotify.Domain.Tracks;
using Mediator;

namespace CleanSpotify.Application.Playlists.CreatePlaylistFromTopTracks;

/// <summary>
/// Gathers the chosen top tracks page by page (cached reads), reserves the form's request id, creates a private
/// playlist and adds the tracks in batches Spotify accepts, then records the result. A request id already used
/// returns its playlist (or the one still being made); a failure on Spotify drops the reservation so the form can
/// be submitted again.
/// </summary>
public sealed class CreatePlaylistFromTopTracksCommandHandler(
    ICurrentUser currentUser,
    ISpotifyLinkStore links,
    ISpotifyTopItemsReader topItems,
    TopListPageReader pages,
    ISpotifyPlaylistWriter playlists,
    IPlaylistExportStore exports,
    TimeProvider timeProvider) : ICommandHandler<CreatePlaylistFromTopTracksCommand, Result<PlaylistExport>>
{
    public static readonly Error NoTracks = Error.Validation(
        "playlists.no_tracks", "Spotify has no top tracks for you over this period yet, so there is nothing to save.");

    public async ValueTask<Result<PlaylistExport>> Handle(CreatePlaylistFromTopTracksCommand command, CancellationToken cancellationToken)
    {
        if (!TimeRangeNames.TryParse(command.Range, out var range)
            || !TopListRules.TryParsePage(command.Page, out var page)
            || !TrackSelection.TryParse(command.Count, out var selection)
            || !PlaylistRules.TryParseRequestId(command.RequestId, out var requestId))
        {
            return Error.Validation("validation.failed", "The playlist request is not valid.");
        }

        var user = await LinkedUser.RequireScopeAsync(currentUser, links, PlaylistRules.RequiredScope, cancellationToken);
        if (!user.IsSuccess)
        {
            return user.Error;
        }

        var userId = user.Value;
        var existing = await exports.FindAsync(userId, requestId, cancellationToken);
        if (existing is not null)
        {
            return existing;
        }

        var tracks = await GatherAsync(userId, range, page, selection, cancellationToken);
        if (!tracks.IsSuccess)
        {
            return tracks.Error;
        }

        if (tracks.Value.Count == 0)
        {
            return NoTracks;
        }

        var now = timeProvider.GetUtcNow();
        var name = NameFor(range, now);
        var reservation = PlaylistExport.Reserve(userId, requestId, name, tracks.Value.Count, now);
        var holder = await exports.TryReserveAsync(reservation, cancellationToken);
        if (holder is not null)
        {
            return holder;
        }

        try
        {
            var created = await CreateAsync(userId, name, range, now, tracks.Value, cancellationToken);
            if (!created.IsSuccess)
            {
                await exports.ReleaseAsync(userId, requestId, CancellationToken.None);
                return created.Error;
            }

            return await exports.CompleteAsync(userId, requestId, created.Value.Id, created.Value.Url, CancellationToken.None);
        }
        catch
        {
            await exports.ReleaseAsync(userId, requestId, CancellationToken.None);
            throw;
        }
    }

    /// <summary>"My top tracks — last 4 weeks — 2026-11-29" (the date in UTC).</summary>
    public static string NameFor(TimeRange range, DateTimeOffset now) =>
        string.Create(CultureInfo.InvariantCulture, $"My top tracks — {TimeRangeNames.ToLabel(range)} — {now.UtcDateTime:yyyy-MM-dd}");

    private async Task<Result<SpotifyPlaylistRef>> CreateAsync(
        string userId, string name, TimeRange range, DateTimeOffset now, IReadOnlyList<TopTrackDto> tracks, CancellationToken cancellationToken)
    {
        var description = string.Create(
            CultureInfo.InvariantCulture,
            $"Your top {tracks.Count} tracks on Spotify over the {TimeRangeNames.ToLabel(range)}, saved by CleanSpotify on {now.UtcDateTime:yyyy-MM-dd}.");
        var playlist = await playlists.CreatePrivatePlaylistAsync(userId, name, description, cancellationToken);
        if (!playlist.IsSuccess)
        {
            return playlist;
        }

        foreach (var batch in tracks.Select(t => $"spotify:track:{t.Id}").Chunk(ISpotifyPlaylistWriter.MaxItemsPerRequest))
        {
            var added = await playlists.AddTracksAsync(userId, playlist.Value.Id, batch, cancellationToken);
            if (!added.IsSuccess)
            {
                return added.Error;
            }
        }

        return playlist;
    }

    private async Task<Result<IReadOnlyList<TopTrackDto>>> GatherAsync(
        string userId, TimeRange range, int page, TrackSelection selection, CancellationToken cancellationToken)
    {
        var wanted = selection.Kind switch
        {
            TrackSelectionKind.Top => selection.Number,
            TrackSelectionKind.Page => TopListPageReader.PageSize,
            _ => int.MaxValue,
        };
        var tracks = new List<TopTrackDto>();
        for (var current = selection.Kind == TrackSelectionKind.Page ? page : 1; tracks.Count < wanted && current <= TopListRules.MaxPage; current++)
        {
            var read = await pages.ReadAsync(
                userId,
                TopListKind.Tracks,
                range,
                current,
                (offset, limit, token) => topItems.GetTopTracksAsync(userId, range, offset, limit, token),
                track => track.Id,
                cancellationToken);
            if (!read.IsSuccess)
            {
                return read.Error;
            }

            tracks.AddRange(read.Value.Items.Take(wanted - tracks.Count));
            if (selection.Kind == TrackSelectionKind.Page || read.Value.Items.Count == 0 || !read.Value.HasNext)
            {
                break;
            }
        }

        return tracks.DistinctBy(t => t.Id, StringComparer.Ordinal).ToArray();
    }
}
