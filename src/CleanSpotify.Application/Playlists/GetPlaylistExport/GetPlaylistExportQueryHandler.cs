namespace CleanSpotify.Application.Playlists.GetPlaylistExport;

/// <summary>Reads the record only; another user's request id is as unknown as a made-up one.</summary>
public sealed class GetPlaylistExportQueryHandler(ICurrentUser currentUser, IPlaylistExportStore exports)
    : IQueryHandler<GetPlaylistExportQuery, Result<PlaylistExport>>
{
    public static readonly Error Unknown = Error.NotFound(
        "playlists.not_found", "There is no saved playlist here. It may have been removed when Spotify was unlinked.");

    public async ValueTask<Result<PlaylistExport>> Handle(GetPlaylistExportQuery query, CancellationToken cancellationToken)
    {
        var userId = currentUser.RequiredId;

        var export = await exports.FindAsync(userId, query.RequestId, cancellationToken);
        return export is null ? Unknown : export;
    }
}
