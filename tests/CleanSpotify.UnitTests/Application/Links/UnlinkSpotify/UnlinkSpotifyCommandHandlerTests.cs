using CleanSpotify.Application.Abstractions;
using CleanSpotify.Application.Common.Results;
using CleanSpotify.Application.Links.UnlinkSpotify;
using CleanSpotify.Application.Links;
using CleanSpotify.Application.Playlists;
using CleanSpotify.Tests.Shared.Builders;
using CleanSpotify.UnitTests.Application.Fakes;
using CleanSpotify.Domain.History;
using CleanSpotify.Domain.Tracks;
using Microsoft.Extensions.Time.Testing;

namespace CleanSpotify.UnitTests.Application.Links.UnlinkSpotify;

public sealed class UnlinkSpotifyCommandHandlerTests
{
    private const string OtherUser = "app-user-2";

    private static readonly DateOnly Today = DateOnly.FromDateTime(ApplicationHost.Start.UtcDateTime);
    private static readonly Guid LinkId = Guid.NewGuid();

    private readonly FakeCurrentUser _currentUser = new();
    private readonly FakeSpotifyLinkStore _links = new();
    private readonly FakeSpotifyLinkRemover _remover;
    private readonly FakeSpotifyReadCache _cache = new(new FakeTimeProvider(ApplicationHost.Start));
    private readonly FakeRankHistoryStore _history = new();
    private readonly FakePlaylistExportStore _exports = new();
    private readonly FakeUnitOfWork _unitOfWork = new();

    public UnlinkSpotifyCommandHandlerTests() => _remover = new FakeSpotifyLinkRemover(_links);

    [Fact]
    public async Task Handle_WhenLinked_DeletesTheLinkAndWhatWasKeptInOneTransaction()
    {
        _links.With(new SpotifyLinkBuilder().Build());

        (await Handle()).IsSuccess.Should().BeTrue();

        _unitOfWork.Transactions.Should().Be(1);
        _unitOfWork.IsOpen.Should().BeFalse();
        _links.Links.Should().BeEmpty();
    }

    [Fact]
    public async Task Handle_WhenLinked_DeletesTheLinkAndEverythingKeptFromIt()
    {
        _links.With(new SpotifyLinkBuilder().Build()).With(new SpotifyLinkBuilder().ForUser(OtherUser).WithAccount("account-2", "spotify-user-2", "Bo").Build());
        await KeepDataForAsync(FakeCurrentUser.DefaultId);
        await KeepDataForAsync(OtherUser);

        var result = await Handle();

        result.Value.Should().Be(new UnlinkedDto(true, "Ada"));
        _remover.Deletes.Should().Equal(FakeCurrentUser.DefaultId);
        _links.Links.Should().ContainSingle().Which.AppUserId.Should().Be(OtherUser);
        _cache.ForgottenUsers.Should().Equal(FakeCurrentUser.DefaultId);
        _history.SnapshotOf(FakeCurrentUser.DefaultId, TopListKind.Tracks, TimeRange.ShortTerm, Today).Should().BeNull();
        _exports.DeletedUsers.Should().Equal(FakeCurrentUser.DefaultId);
        _exports.Records.Should().ContainSingle().Which.AppUserId.Should().Be(OtherUser);
    }

    [Fact]
    public async Task Handle_WhenLinked_LeavesOtherUsersDataAlone()
    {
        _links.With(new SpotifyLinkBuilder().Build());
        await KeepDataForAsync(OtherUser);

        await Handle();

        _history.SnapshotOf(OtherUser, TopListKind.Tracks, TimeRange.ShortTerm, Today).Should().NotBeNull();
        var read = await ReadAsync(OtherUser);
        read.FromCache.Should().BeTrue("another user's cached reads are kept");
    }

    [Fact]
    public async Task Handle_WhenLinked_ForgetsTheUsersCachedReads()
    {
        _links.With(new SpotifyLinkBuilder().Build());
        await ReadAsync(FakeCurrentUser.DefaultId);

        await Handle();

        var read = await ReadAsync(FakeCurrentUser.DefaultId);
        read.FromCache.Should().BeFalse("nothing read with the removed link may be served again");
    }

    [Fact]
    public async Task Handle_WhenLinkHasNoDisplayName_ReturnsTheSpotifyUserId()
    {
        _links.With(new SpotifyLinkBuilder().WithAccount("account-1", "spotify-user-1", null).Build());

        var result = await Handle();

        result.Value.Should().Be(new UnlinkedDto(true, "spotify-user-1"));
    }

    [Fact]
    public async Task Handle_WhenNotLinked_SucceedsSayingThereWasNoLinkAndStillClearsLeftovers()
    {
        await KeepDataForAsync(FakeCurrentUser.DefaultId);

        var result = await Handle();

        result.Value.Should().Be(new UnlinkedDto(false, null));
        _cache.ForgottenUsers.Should().Equal(FakeCurrentUser.DefaultId);
        _exports.Records.Should().BeEmpty();
        _history.SnapshotOf(FakeCurrentUser.DefaultId, TopListKind.Tracks, TimeRange.ShortTerm, Today).Should().BeNull();
    }

    [Fact]
    public async Task Handle_RunTwice_SecondRunRemovesNothingAndSucceeds()
    {
        _links.With(new SpotifyLinkBuilder().Build());

        var first = await Handle();
        var second = await Handle();

        first.Value.WasLinked.Should().BeTrue();
        second.Value.Should().Be(new UnlinkedDto(false, null));
        _remover.Deletes.Should().Equal(FakeCurrentUser.DefaultId, FakeCurrentUser.DefaultId);
    }

    [Fact]
    public async Task Send_WhenLinked_UnlinksThroughThePipeline()
    {
        await using var host = new ApplicationHost();
        host.Links.With(new SpotifyLinkBuilder().Build());

        var result = await host.Sender.Send(new UnlinkSpotifyCommand(), TestContext.Current.CancellationToken);

        result.Value.WasLinked.Should().BeTrue();
        host.Links.Links.Should().BeEmpty();
        host.ReadCache.ForgottenUsers.Should().Equal(FakeCurrentUser.DefaultId);
        host.PlaylistExports.DeletedUsers.Should().Equal(FakeCurrentUser.DefaultId);
    }

    private async Task KeepDataForAsync(string appUserId)
    {
        var cancellationToken = TestContext.Current.CancellationToken;
        await ReadAsync(appUserId);
        _history.Record(new RankSnapshotPage(new LinkedSpotifyUser(appUserId, LinkId), TopListKind.Tracks, TimeRange.ShortTerm, Today, 0, ["track1"]));
        await _exports.TryReserveAsync(
            PlaylistExport.Reserve(appUserId, Guid.NewGuid(), "My top tracks", 1, ApplicationHost.Start), cancellationToken);
    }

    private async Task<CleanSpotify.Application.Abstractions.CachedRead<string>> ReadAsync(string appUserId)
    {
        var read = await _cache.GetOrFetchAsync(
            new LinkedSpotifyUser(appUserId, LinkId), "profile", _ => Task.FromResult(Result<string>.Success("profile of " + appUserId)), TestContext.Current.CancellationToken);
        return read.Value;
    }

    private async Task<Result<UnlinkedDto>> Handle() =>
        await new UnlinkSpotifyCommandHandler(_currentUser, _links, new SpotifyDataEraser(_history, _exports, _remover, _unitOfWork, _cache))
            .Handle(new UnlinkSpotifyCommand(), TestContext.Current.CancellationToken);
}
