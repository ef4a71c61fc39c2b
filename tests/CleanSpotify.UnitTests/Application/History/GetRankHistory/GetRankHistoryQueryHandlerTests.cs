using CleanSpotify.Application.Common.Results;
using CleanSpotify.Application.Common.TopLists;
using CleanSpotify.Application.History.GetRankHistory;
using CleanSpotify.Application.Links;
using CleanSpotify.Tests.Shared.Builders;
using CleanSpotify.UnitTests.Application.Fakes;
using CleanSpotify.Domain.History;
using CleanSpotify.Domain.Links;
using CleanSpotify.Domain.Tracks;
using Microsoft.Extensions.Time.Testing;

namespace CleanSpotify.UnitTests.Application.History.GetRankHistory;

public sealed class GetRankHistoryQueryHandlerTests
{
    private const string User = FakeCurrentUser.DefaultId;
    private static readonly DateOnly Today = DateOnly.FromDateTime(ApplicationHost.Start.UtcDateTime);

    private readonly FakeCurrentUser _currentUser = new();
    private readonly FakeSpotifyLinkStore _links = new();
    private readonly SpotifyLink _link = new SpotifyLinkBuilder().Build();
    private readonly FakeSpotifyTopItemsReader _topItems = new();
    private readonly FakeTimeProvider _time = new(ApplicationHost.Start);
    private readonly FakeRankHistoryStore _history = new();
    private readonly FakeSpotifyReadCache _cache;

    public GetRankHistoryQueryHandlerTests()
    {
        _cache = new FakeSpotifyReadCache(_time);
        _links.With(_link);
    }

    [Fact]
    public async Task Handle_WithoutAnySnapshot_ReturnsNoHistory()
    {
        var result = await Handle(new GetRankHistoryQuery(TopListKind.Tracks, TimeRange.ShortTerm, "x"));

        result.Error.Should().Be(GetRankHistoryQueryHandler.NoHistory);
        result.Error!.Kind.Should().Be(ErrorKind.NotFound);
        result.Error.Code.Should().Be("history.none");
        _topItems.Requests.Should().BeEmpty();
    }

    [Fact]
    public async Task Handle_WhenTheItemNeverAppears_ReturnsNoHistoryWithoutCallingSpotify()
    {
        _history.With(User, Tracks(-2, "a", "b")).With(User, Tracks(-1, "b", "c"));

        var result = await Handle(new GetRankHistoryQuery(TopListKind.Tracks, TimeRange.ShortTerm, "x"));

        result.Error.Should().Be(GetRankHistoryQueryHandler.NoHistory);
        _topItems.Requests.Should().BeEmpty();
        _cache.Reads.Should().BeEmpty();
    }

    [Fact]
    public async Task Handle_WhenOnlyAnotherUserHasTheItem_ReturnsNoHistory()
    {
        _history.With("someone-else", Tracks(-1, "x"));

        var result = await Handle(new GetRankHistoryQuery(TopListKind.Tracks, TimeRange.ShortTerm, "x"));

        result.Error.Should().Be(GetRankHistoryQueryHandler.NoHistory);
    }

    [Fact]
    public async Task Handle_WithSnapshots_ReturnsOnePointPerDayOldestFirstWithNullWhereTheItemWasMissing()
    {
        _history
            .With(User, Tracks(-3, "x", "a"))
            .With(User, Tracks(-2, "a", "b"))
            .With(User, Tracks(-1, "a", "b", "x"));
        _topItems.NextResult = FakeSpotifyTopItemsReader.TrackPage(0, 3, "a", "b", "x");

        var result = await Handle(new GetRankHistoryQuery(TopListKind.Tracks, TimeRange.ShortTerm, "x"));

        result.Value.Kind.Should().Be(TopListKind.Tracks);
        result.Value.Range.Should().Be(TimeRange.ShortTerm);
        result.Value.ItemId.Should().Be("x");
        result.Value.Points.Should().Equal(
            new RankHistoryPointDto(Today.AddDays(-3), 1),
            new RankHistoryPointDto(Today.AddDays(-2), null),
            new RankHistoryPointDto(Today.AddDays(-1), 3));
    }

    [Fact]
    public async Task Handle_WithoutALink_ShowsTheHistoryUnnamedWithoutReadingTheCache()
    {
        _links.Remove(User);
        _history.With(User, Tracks(-1, "a", "x"));

        var result = await Handle(new GetRankHistoryQuery(TopListKind.Tracks, TimeRange.ShortTerm, "x"));

        result.Value.ItemName.Should().BeNull();
        result.Value.Points.Select(p => p.Rank).Should().Equal(2);
        _cache.Reads.Should().BeEmpty();
        _topItems.Requests.Should().BeEmpty();
    }

    [Fact]
    public async Task Handle_ForAnItemLastSeenAtRank57_NamesItFromPageTwoOfTheSameRange()
    {
        _history
            .With(User, new RankSnapshot(TopListKind.Tracks, TimeRange.LongTerm, Today.AddDays(-2), ["x"]))
            .With(User, new RankSnapshot(TopListKind.Tracks, TimeRange.LongTerm, Today.AddDays(-1), [.. Enumerable.Range(1, 60).Select(r => r == 57 ? "x" : $"t{r}")]));
        _topItems.TrackList = [.. Enumerable.Range(1, 120).Select(rank => FakeSpotifyTopItemsReader.Track(rank, rank == 57 ? "x" : $"t{rank}"))];

        var result = await Handle(new GetRankHistoryQuery(TopListKind.Tracks, TimeRange.LongTerm, "x"));

        result.Value.ItemName.Should().Be("Track x");
        result.Value.Points.Select(p => p.Rank).Should().Equal(1, 57);
        _topItems.Requests.Should().Equal((User, TimeRange.LongTerm, 0, 50), (User, TimeRange.LongTerm, 50, 50));
        _cache.Reads.Should().Equal((LinkedSpotifyUser.Of(_link.Summary), "top:Tracks:LongTerm:1"), (LinkedSpotifyUser.Of(_link.Summary), "top:Tracks:LongTerm:2"));
    }

    [Fact]
    public async Task Handle_WhenThePageWasJustViewed_NamesItFromTheCacheWithoutCallingSpotify()
    {
        _history.With(User, Tracks(-1, "a", "x"));
        _topItems.NextResult = FakeSpotifyTopItemsReader.TrackPage(0, 2, "a", "x");
        var pages = new TopListPageReader(_cache, _history, _history, new FakeUserResultCache(), _topItems, _time);
        await pages.ReadAsync(LinkedSpotifyUser.Of(_link.Summary), TopListSources.Tracks, TimeRange.ShortTerm, 1, TestContext.Current.CancellationToken);

        var result = await Handle(new GetRankHistoryQuery(TopListKind.Tracks, TimeRange.ShortTerm, "x"));

        result.Value.ItemName.Should().Be("Track x");
        _cache.Fetches.Should().Be(1);
    }

    [Fact]
    public async Task Handle_ForArtists_ReadsTheArtistHistoryAndNamesFromTheArtistList()
    {
        _history
            .With(User, Tracks(-1, "x"))
            .With(User, new RankSnapshot(TopListKind.Artists, TimeRange.ShortTerm, Today.AddDays(-1), ["a", "x"]));
        _topItems.NextArtistsResult = FakeSpotifyTopItemsReader.ArtistPage(0, 2, "a", "x");

        var result = await Handle(new GetRankHistoryQuery(TopListKind.Artists, TimeRange.ShortTerm, "x"));

        result.Value.Kind.Should().Be(TopListKind.Artists);
        result.Value.Points.Should().Equal(new RankHistoryPointDto(Today.AddDays(-1), 2));
        result.Value.ItemName.Should().Be("Artist x");
        _topItems.ArtistRequests.Should().Equal((User, TimeRange.ShortTerm, 0, 50));
        _topItems.Requests.Should().BeEmpty();
    }

    [Fact]
    public async Task Handle_WhenSpotifyFailsWhileNaming_ReturnsTheHistoryWithoutAName()
    {
        _history.With(User, Tracks(-1, "x"));
        _topItems.NextResult = Error.Upstream("spotify.unavailable", "Spotify is not answering.");

        var result = await Handle(new GetRankHistoryQuery(TopListKind.Tracks, TimeRange.ShortTerm, "x"));

        result.IsSuccess.Should().BeTrue();
        result.Value.ItemName.Should().BeNull();
        result.Value.Points.Should().Equal(new RankHistoryPointDto(Today.AddDays(-1), 1));
    }

    [Fact]
    public async Task Handle_WhenTheItemHasLeftItsLastPage_ReturnsTheHistoryWithoutAName()
    {
        _history.With(User, Tracks(-1, "x"));
        _topItems.NextResult = FakeSpotifyTopItemsReader.TrackPage(0, 2, "a", "b");

        var result = await Handle(new GetRankHistoryQuery(TopListKind.Tracks, TimeRange.ShortTerm, "x"));

        result.Value.ItemName.Should().BeNull();
        result.Value.Points.Should().ContainSingle();
    }

    [Fact]
    public async Task Send_WithInvalidListRangeAndId_FailsValidationWithoutReadingHistory()
    {
        await using var host = new ApplicationHost();
        host.RankHistory.With(FakeCurrentUser.DefaultId, Tracks(-1, "x"));

        var result = await host.Sender.Send(new GetRankHistoryQuery((TopListKind)99, (TimeRange)99, "../x"), TestContext.Current.CancellationToken);

        result.Error!.Kind.Should().Be(ErrorKind.Validation);
        result.Error.FieldErrors.Keys.Should().BeEquivalentTo("List", "Range", "Id");
        host.CurrentUser.Reads.Should().Be(1, "only the sign-in check reads it: the handler must not run");
        host.RankHistory.Lists.Should().Be(0);
    }

    private static RankSnapshot Tracks(int daysAgo, params string[] ids) =>
        new(TopListKind.Tracks, TimeRange.ShortTerm, Today.AddDays(daysAgo), ids);

    private async Task<Result<RankHistoryDto>> Handle(GetRankHistoryQuery query) =>
        await new GetRankHistoryQueryHandler(_currentUser, _links, _history, new TopListPageReader(_cache, _history, _history, new FakeUserResultCache(), _topItems, _time))
            .Handle(query, TestContext.Current.CancellationToken);
}
