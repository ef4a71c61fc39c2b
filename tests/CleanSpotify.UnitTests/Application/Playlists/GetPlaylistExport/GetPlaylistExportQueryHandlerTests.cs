using CleanSpotify.Application.Common.Results;
using CleanSpotify.Application.Playlists;
using CleanSpotify.Application.Playlists.GetPlaylistExport;
using CleanSpotify.UnitTests.Application.Fakes;

namespace CleanSpotify.UnitTests.Application.Playlists.GetPlaylistExport;

public sealed class GetPlaylistExportQueryHandlerTests
{
    private static readonly Guid RequestId = Guid.Parse("6f1c2a9e-3b7d-4c55-9a0e-2d8f4b1c7e10");

    private readonly FakeCurrentUser _currentUser = new();
    private readonly FakePlaylistExportStore _exports = new();

    [Fact]
    public async Task Handle_ForTheUsersOwnRequestId_ReturnsItsRecord()
    {
        var export = Completed(FakeCurrentUser.DefaultId);
        _exports.With(export);

        var result = await Handle(RequestId);

        result.Value.Should().Be(export);
    }

    [Fact]
    public async Task Handle_ForAnotherUsersRequestId_ReturnsNotFound()
    {
        _exports.With(Completed("app-user-2"));

        var result = await Handle(RequestId);

        result.Error.Should().Be(GetPlaylistExportQueryHandler.Unknown);
        result.Error!.Kind.Should().Be(ErrorKind.NotFound);
    }

    [Fact]
    public async Task Handle_ForAnUnknownRequestId_ReturnsNotFound()
    {
        _exports.With(Completed(FakeCurrentUser.DefaultId));

        var result = await Handle(Guid.NewGuid());

        result.Error.Should().Be(GetPlaylistExportQueryHandler.Unknown);
    }

    private static PlaylistExport Completed(string appUserId) =>
        PlaylistExport.Reserve(appUserId, RequestId, "My top tracks — last 4 weeks — 2026-11-29", 30, ApplicationHost.Start) with
        {
            Status = PlaylistExportStatus.Completed,
            PlaylistId = "playlist1",
            PlaylistUrl = new Uri("https://open.spotify.test/playlist/playlist1"),
        };

    private async Task<Result<PlaylistExport>> Handle(Guid requestId) =>
        await new GetPlaylistExportQueryHandler(_currentUser, _exports).Handle(new GetPlaylistExportQuery(requestId), TestContext.Current.CancellationToken);
}
