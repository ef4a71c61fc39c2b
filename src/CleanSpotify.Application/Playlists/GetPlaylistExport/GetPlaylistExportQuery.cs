namespace CleanSpotify.Application.Playlists.GetPlaylistExport;

/// <summary>The playlist the signed-in user's form with this request id created (or is creating).</summary>
public sealed record GetPlaylistExportQuery(Guid RequestId) : IQuery<Result<PlaylistExport>>, ISignedInRequest;
