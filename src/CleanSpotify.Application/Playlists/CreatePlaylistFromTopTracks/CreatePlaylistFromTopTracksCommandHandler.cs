using System.Globalization;
using CleanSpotify.Application.Common.TopLists;
using CleanSpotify.Application.Common.Validation;
using CleanSpotify.Application.Links;
using CleanSpotify.Application.SpotifyData;
using CleanSpotify.Application.Tracks;
using CleanSpotify.Domain.Tracks;

namespace CleanSpotify.Application.Playlists.CreatePlaylistFromTopTracks;

/// <summary>
/// Gathers the chosen top tracks page by page (cached reads), reserves the form's request id, creates a private
/// playlist and adds the tracks in batches Spotify accepts, then records the result. A request id already used
/// returns its playlist (or the one still being made). A failure creating the playlist drops the reservation so the
/// form can be submitted again; once the playlist exists, the reservation is kept, so no retry makes a second one.
/// </summary>
public sealed class CreatePlaylistFromTopTracksCommandHandler(
    ICurrentUser currentUser,
    ISpotifyLinkStore links,
    TopListSlice topLists,
    ISpotifyPlaylistWriter playlists,
    IPlaylistExportStore exports,
    TimeProvider timeProvider) : ICommandHandler<CreatePlaylistFromTopTracksCommand, Result<PlaylistExport>>
{
    public static readonly Error NoTracks = Error.Validation(
        "playlists.no_tracks", "Spotify has no top tracks for you over this period yet, so there is nothing to save.");

    public async ValueTask<Result<PlaylistExport>> Handle(CreatePlaylistFromTopTracksCommand command, CancellationToken cancellationToken)
    {
        var (range, page, selection, requestId) = command;
        var user = await SpotifyLinkRequirement.RequireScopeAsync(currentUser, links, PlaylistRules.RequiredScope, cancellationToken);
        if (!user.IsSuccess)
        {
            return user.Error;
        }

        var userId = user.Value.AppUserId;
        var existing = await exports.FindAsync(userId, requestId, cancellationToken);
        if (existing is not null)
        {
            return existing;
        }

        var tracks = await GatherAsync(user.Value, range, page, selection, cancellationToken);
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

        Result<SpotifyPlaylistRef> playlist;
        try
        {
            playlist = await playlists.CreatePrivatePlaylistAsync(
                userId, name, DescriptionFor(range, selection, page, tracks.Value.Count, now), cancellationToken);
        }
        catch
        {
            await exports.ReleaseAsync(userId, requestId, CancellationToken.None);
            throw;
        }

        if (!playlist.IsSuccess)
        {
            await exports.ReleaseAsync(userId, requestId, CancellationToken.None);
            return playlist.Error;
        }

        // From here the playlist exists: the reservation is completed whatever happens, so a retry shows this
        // playlist instead of creating a second one.
        var added = await AddTracksAsync(userId, playlist.Value.Id, tracks.Value, cancellationToken);
        var export = await exports.CompleteAsync(userId, requestId, playlist.Value.Id, playlist.Value.Url, CancellationToken.None);
        return added.IsSuccess ? export : added.Error!;
    }

    /// <summary>"My top tracks — last 4 weeks — 2026-11-29" (the date in UTC).</summary>
    public static string NameFor(TimeRange range, DateTimeOffset now) =>
        string.Create(CultureInfo.InvariantCulture, $"My top tracks — {TimeRangeText.ToLabel(range)} — {now.UtcDateTime:yyyy-MM-dd}");

    /// <summary>"All your top tracks over the last 4 weeks on Spotify (87 tracks), saved by CleanSpotify on 2026-11-29."</summary>
    private static string DescriptionFor(TimeRange range, TrackSelection selection, int page, int count, DateTimeOffset now)
    {
        var what = selection.Describe(page);
        return string.Create(
            CultureInfo.InvariantCulture,
            $"{char.ToUpperInvariant(what[0])}{what[1..]} over the {TimeRangeText.ToLabel(range)} on Spotify ({count} tracks), saved by CleanSpotify on {now.UtcDateTime:yyyy-MM-dd}.");
    }

    private async Task<Result> AddTracksAsync(string userId, string playlistId, IReadOnlyList<TopTrackDto> tracks, CancellationToken cancellationToken)
    {
        foreach (var batch in tracks.Select(t => $"spotify:track:{t.Id}").Chunk(ISpotifyPlaylistWriter.MaxItemsPerRequest))
        {
            var added = await playlists.AddTracksAsync(userId, playlistId, batch, cancellationToken);
            if (!added.IsSuccess)
            {
                return added;
            }
        }

        return Result.Success();
    }

    private async Task<Result<IReadOnlyList<TopTrackDto>>> GatherAsync(
        LinkedSpotifyUser user, TimeRange range, int page, TrackSelection selection, CancellationToken cancellationToken)
    {
        var (firstPage, lastPage, wanted) = selection.Kind switch
        {
            TrackSelectionKind.Top => (1, TopListRules.MaxPage, selection.Number),
            TrackSelectionKind.Page => (page, page, TopListPageReader.PageSize),
            _ => (1, TopListRules.MaxPage, int.MaxValue),
        };
        var tracks = await topLists.ReadItemsAsync(user, TopListSources.Tracks, range, firstPage, lastPage, wanted, cancellationToken);
        return tracks.IsSuccess ? Result<IReadOnlyList<TopTrackDto>>.Success(tracks.Value.Items) : tracks.Error;
    }
}
