using CleanSpotify.Application.Abstractions;
using CleanSpotify.Application.Common.Results;
using CleanSpotify.Application.Common.TopLists;
using CleanSpotify.Application.Links;
using CleanSpotify.Application.Playlists;
using CleanSpotify.Application.Playlists.CreatePlaylistFromTopTracks;
using CleanSpotify.UnitTests.Application.Fakes;
using CleanSpotify.Domain.Tracks;
using CleanSpotify.Tests.Shared.Builders;
using Microsoft.Extensions.Time.Testing;

namespace CleanSpotify.UnitTests.Application.Playlists.CreatePlaylistFromTopTracks;

public sealed class CreatePlaylistFromTopTracksCommandHandlerTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 29, 10, 15, 0, TimeSpan.Zero);
    private static readonly Guid RequestId = Guid.Parse("6f1c2a9e-3b7d-4c55-9a0e-2d8f4b1c7e10");
    private static readonly Error SpotifyDown = Error.Upstream("spotify.unavailable", "Spotify is not answering right now.");

    private readonly FakeCurrentUser _currentUser = new();
    private readonly FakeSpotifyLinkStore _links = new();
    private readonly FakeSpotifyTopItemsReader _topItems = new() { TrackList = FakeSpotifyTopItemsReader.Tracks(230) };
    private readonly FakeTimeProvider _time = new(Now);
    private readonly FakeSpotifyReadCache _cache;
    private readonly FakeRankHistoryStore _history = new();
    private readonly FakeSpotifyPlaylistWriter _playlists = new();
    private readonly FakePlaylistExportStore _exports = new();

    public CreatePlaylistFromTopTracksCommandHandlerTests()
    {
        _cache = new FakeSpotifyReadCache(_time);
        _links.With(new SpotifyLinkBuilder().WithScopes("user-top-read", PlaylistRules.RequiredScope).Build());
    }

    [Fact]
    public async Task Handle_WhenNotLinked_ReturnsNotLinkedWithoutCallingSpotify()
    {
        _currentUser.SignInAs("app-user-2");

        var result = await Handle(Command());

        result.Error.Should().Be(LinkErrors.NotLinked);
        _topItems.Requests.Should().BeEmpty();
        _playlists.Created.Should().BeEmpty();
    }

    [Fact]
    public async Task Handle_WithoutPlaylistModifyPrivateScope_ReturnsScopeMissingWithoutCallingSpotify()
    {
        _currentUser.SignInAs("app-user-3");
        _links.With(new SpotifyLinkBuilder().ForUser("app-user-3").WithAccount("account-3", "spotify-user-3", "Cy").WithScopes("user-top-read").Build());

        var result = await Handle(Command());

        result.Error.Should().Be(LinkErrors.ScopeMissing);
        result.Error!.Kind.Should().Be(ErrorKind.LinkRequired, "this error starts the scope upgrade");
        _topItems.Requests.Should().BeEmpty();
        _exports.ReserveAttempts.Should().BeEmpty();
        _playlists.Created.Should().BeEmpty();
    }

    [Fact]
    public async Task Handle_WhenLinkNeedsReconnect_ReturnsMustReconnect()
    {
        _currentUser.SignInAs("app-user-3");
        _links.With(new SpotifyLinkBuilder().ForUser("app-user-3").WithAccount("account-3", "spotify-user-3", "Cy")
            .WithScopes(PlaylistRules.RequiredScope).NeedingReconnect().Build());

        var result = await Handle(Command());

        result.Error.Should().Be(LinkErrors.MustReconnect);
        _playlists.Created.Should().BeEmpty();
    }

    [Fact]
    public async Task Handle_ForShortTerm_NamesThePlaylistAfterTheRangeAndTodaysDate()
    {
        var result = await Handle(Command(range: TimeRange.ShortTerm, count: 10));

        result.Value.Name.Should().Be("My top tracks — last 4 weeks — 2026-11-29");
        _playlists.Created.Should().ContainSingle().Which.Should().Be((
            FakeCurrentUser.DefaultId,
            "My top tracks — last 4 weeks — 2026-11-29",
            "Your top 10 tracks over the last 4 weeks on Spotify (10 tracks), saved by CleanSpotify on 2026-11-29."));
    }

    [Fact]
    public async Task Handle_ForPageTwo_DescribesThePageNotTheTop()
    {
        await Handle(Command(page: 2, count: 0));

        _playlists.Created.Should().ContainSingle().Which.Description.Should().StartWith("The tracks on page 2 over the last");
    }

    [Fact]
    public async Task Handle_ForAll_AddsEveryTrackInRankOrderInBatchesOfAtMost100()
    {
        var result = await Handle(Command());

        _topItems.Requests.Select(r => r.Offset).Should().Equal(0, 50, 100, 150, 200);
        _playlists.Added.Select(a => a.TrackUris.Count).Should().Equal(100, 100, 30);
        _playlists.Added.SelectMany(a => a.TrackUris).Should().Equal(Enumerable.Range(1, 230).Select(rank => $"spotify:track:track{rank}"));
        _playlists.Added.Should().OnlyContain(a => a.AppUserId == FakeCurrentUser.DefaultId && a.PlaylistId == "playlist1");
        result.Value.TrackCount.Should().Be(230);
    }

    [Fact]
    public async Task Handle_WhenDone_ReturnsTheCompletedRecord()
    {
        var result = await Handle(Command(range: TimeRange.LongTerm, count: null));

        result.Value.Should().Be(new PlaylistExport(
            FakeCurrentUser.DefaultId,
            RequestId,
            PlaylistExportStatus.Completed,
            "My top tracks — last year — 2026-11-29",
            230,
            "playlist1",
            new Uri("https://open.spotify.test/playlist/playlist1"),
            Now));
        _exports.Records.Should().Equal(result.Value);
    }

    [Fact]
    public async Task Handle_ForPage_AddsOnlyTheTracksOnThatPage()
    {
        var result = await Handle(Command(page: 2, count: 0));

        _topItems.Requests.Select(r => (r.Offset, r.Limit)).Should().Equal((0, TopListPageReader.PageSize), (50, TopListPageReader.PageSize));
        _playlists.Added.Should().ContainSingle()
            .Which.TrackUris.Should().Equal(Enumerable.Range(51, 50).Select(rank => $"spotify:track:track{rank}"));
        result.Value.TrackCount.Should().Be(50);
    }

    [Fact]
    public async Task Handle_ForTheLastPartialPage_AddsWhatIsThere()
    {
        var result = await Handle(Command(page: 5, count: 0));

        _playlists.Added.Should().ContainSingle().Which.TrackUris.Should().HaveCount(30).And.StartWith("spotify:track:track201");
        result.Value.TrackCount.Should().Be(30);
    }

    [Theory]
    [InlineData(1, 1, new[] { 1 })]
    [InlineData(30, 30, new[] { 30 })]
    [InlineData(120, 120, new[] { 100, 20 })]
    [InlineData(230, 230, new[] { 100, 100, 30 })]
    [InlineData(1000, 230, new[] { 100, 100, 30 })]
    public async Task Handle_ForANumber_AddsThatManyFromTheTopCappedAtTheListLength(int count, int expected, int[] batches)
    {
        var result = await Handle(Command(count: count));

        _playlists.Added.Select(a => a.TrackUris.Count).Should().Equal(batches);
        _playlists.Added.SelectMany(a => a.TrackUris).Should().Equal(Enumerable.Range(1, expected).Select(rank => $"spotify:track:track{rank}"));
        result.Value.TrackCount.Should().Be(expected);
    }

    [Fact]
    public async Task Handle_ForANumberWithinThePage_ReadsOnlyTheFirstPage()
    {
        await Handle(Command(page: 3, count: 30));

        _topItems.Requests.Select(r => r.Offset).Should().Equal(0);
    }

    [Fact]
    public async Task Handle_WhenSpotifyHasNoTopTracks_ReturnsNoTracksAndCreatesNothing()
    {
        _topItems.TrackList = [];

        var result = await Handle(Command());

        result.Error.Should().Be(CreatePlaylistFromTopTracksCommandHandler.NoTracks);
        _exports.ReserveAttempts.Should().BeEmpty();
        _playlists.Created.Should().BeEmpty();
    }

    [Fact]
    public async Task Handle_WhenReadingTopTracksFails_ReturnsTheErrorAndReservesNothing()
    {
        _topItems.NextResult = SpotifyDown;

        var result = await Handle(Command());

        result.Error.Should().Be(SpotifyDown);
        _exports.ReserveAttempts.Should().BeEmpty();
        _playlists.Created.Should().BeEmpty();
    }

    [Fact]
    public async Task Handle_SubmittedTwiceWithTheSameRequestId_CreatesOnePlaylistAndReturnsTheFirstResult()
    {
        var first = await Handle(Command());
        var second = await Handle(Command());

        second.Value.Should().Be(first.Value);
        _playlists.Created.Should().ContainSingle();
        _playlists.Added.Should().HaveCount(3);
        _exports.Records.Should().ContainSingle();
    }

    [Fact]
    public async Task Handle_WhileTheSameRequestIsInProgress_ReturnsThatRecordWithoutCreatingAnother()
    {
        var inProgress = PlaylistExport.Reserve(FakeCurrentUser.DefaultId, RequestId, "My top tracks — last 6 months — 2026-11-29", 230, Now);
        _exports.With(inProgress);

        var result = await Handle(Command());

        result.Value.Should().Be(inProgress);
        _playlists.Created.Should().BeEmpty();
    }

    [Fact]
    public async Task Handle_SubmittedConcurrentlyWithTheSameRequestId_CreatesOnePlaylist()
    {
        const int Submissions = 5;
        _exports.HoldFindsUntil(Submissions);
        var handler = Handler();

        var results = await Task.WhenAll(Enumerable.Range(0, Submissions).Select(_ => Task.Run(
            async () => await handler.Handle(Command(), TestContext.Current.CancellationToken),
            TestContext.Current.CancellationToken)));

        _exports.ReserveAttempts.Should().HaveCount(Submissions, "every submission missed the lookup and raced for the reservation");
        _exports.Reserved.Should().ContainSingle();
        _playlists.Created.Should().ContainSingle();
        _playlists.Added.Should().HaveCount(3);
        results.Should().OnlyContain(r => r.IsSuccess && r.Value.RequestId == RequestId && r.Value.TrackCount == 230);
        _exports.Records.Should().ContainSingle().Which.Status.Should().Be(PlaylistExportStatus.Completed);
    }

    [Fact]
    public async Task Handle_WithDifferentRequestIds_CreatesAPlaylistForEach()
    {
        await Handle(Command(count: 10));
        await Handle(Command(count: 10) with { RequestId = Guid.NewGuid() });

        _playlists.Created.Should().HaveCount(2);
        _exports.Records.Should().HaveCount(2);
    }

    [Fact]
    public async Task Handle_WhenCreatingThePlaylistFails_ReleasesTheReservationSoARetryWorks()
    {
        _playlists.CreateResult = SpotifyDown;

        var failed = await Handle(Command());

        failed.Error.Should().Be(SpotifyDown);
        _exports.Released.Should().Equal((FakeCurrentUser.DefaultId, RequestId));
        _exports.Records.Should().BeEmpty();
        _playlists.Added.Should().BeEmpty();

        _playlists.CreateResult = new SpotifyPlaylistRef("playlist2", null);
        var retried = await Handle(Command());

        retried.Value.Status.Should().Be(PlaylistExportStatus.Completed);
        retried.Value.PlaylistId.Should().Be("playlist2");
        _playlists.Created.Should().HaveCount(2);
    }

    [Fact]
    public async Task Handle_WhenCreatingThePlaylistThrows_ReleasesTheReservationAndRethrows()
    {
        _playlists.CreateThrows = new HttpRequestException("connection reset");

        var act = async () => await Handle(Command());

        await act.Should().ThrowAsync<HttpRequestException>();
        _exports.Released.Should().Equal((FakeCurrentUser.DefaultId, RequestId));
        _exports.Records.Should().BeEmpty();
    }

    [Fact]
    public async Task Handle_WhenAddingTracksFails_ReturnsTheErrorAndKeepsThePlaylistSoARetryMakesNoSecond()
    {
        _playlists.AddResult = SpotifyDown;

        var result = await Handle(Command());
        var retry = await Handle(Command());

        result.Error.Should().Be(SpotifyDown);
        _playlists.Added.Should().ContainSingle("no batch is sent after a failed one");
        _exports.Records.Should().ContainSingle().Which.PlaylistId.Should().NotBeNull("the playlist exists on Spotify");
        retry.IsSuccess.Should().BeTrue();
        _playlists.Created.Should().ContainSingle("a retry shows the existing playlist instead of creating another");
    }

    [Fact]
    public async Task Send_WithoutRequestId_FailsValidationWithoutRunningTheHandler()
    {
        await using var host = new ApplicationHost();

        var result = await host.Sender.Send(Command() with { RequestId = Guid.Empty }, TestContext.Current.CancellationToken);

        result.Error!.Kind.Should().Be(ErrorKind.Validation);
        result.Error.FieldErrors.Keys.Should().Equal("RequestId");
        host.CurrentUser.Reads.Should().Be(1, "only the sign-in check reads it: the handler must not run");
    }

    [Fact]
    public async Task Send_WithScopeAndTracks_CreatesThePlaylistThroughThePipeline()
    {
        await using var host = new ApplicationHost();
        host.Links.With(new SpotifyLinkBuilder().WithScopes(PlaylistRules.RequiredScope).Build());
        host.TopItems.TrackList = FakeSpotifyTopItemsReader.Tracks(3);

        var result = await host.Sender.Send(Command(), TestContext.Current.CancellationToken);

        result.Value.Status.Should().Be(PlaylistExportStatus.Completed);
        host.Playlists.Added.Should().ContainSingle().Which.TrackUris.Should().Equal("spotify:track:track1", "spotify:track:track2", "spotify:track:track3");
        host.PlaylistExports.Records.Should().ContainSingle();
    }

    private static CreatePlaylistFromTopTracksCommand Command(TimeRange range = TimeRange.MediumTerm, int page = 1, int? count = null) =>
        new(range, page, Selection(count), RequestId);

    /// <summary>A number of tracks from the top; 0 for the page; null for the whole list.</summary>
    private static TrackSelection Selection(int? count) => count switch
    {
        null => new TrackSelection(TrackSelectionKind.All, 0),
        0 => new TrackSelection(TrackSelectionKind.Page, 0),
        _ => new TrackSelection(TrackSelectionKind.Top, count.Value),
    };

    private CreatePlaylistFromTopTracksCommandHandler Handler() =>
        new(_currentUser, _links, new TopListSlice(_currentUser, _links, new TopListPageReader(_cache, _history, _history, new FakeUserResultCache(), _topItems, _time)), _playlists, _exports, _time);

    private async Task<Result<PlaylistExport>> Handle(CreatePlaylistFromTopTracksCommand command) =>
        await Handler().Handle(command, TestContext.Current.CancellationToken);
}
