using CleanSpotify.Application.Common.Results;
using CleanSpotify.Application.Common.TopLists;
using CleanSpotify.Application.Links;
using CleanSpotify.Application.SpotifyData;
using CleanSpotify.UnitTests.Application.Fakes;
using CleanSpotify.Domain.History;
using CleanSpotify.Domain.Tracks;
using Microsoft.Extensions.Time.Testing;

namespace CleanSpotify.UnitTests.Application.Common.TopLists;

public sealed class TopListPageReaderTests
{
    private const string User = FakeCurrentUser.DefaultId;
    private static readonly LinkedSpotifyUser Linked = new(User, Guid.NewGuid());
    private static readonly DateOnly Today = DateOnly.FromDateTime(ApplicationHost.Start.UtcDateTime);

    private readonly FakeTimeProvider _time = new(ApplicationHost.Start);
    private readonly FakeRankHistoryStore _history = new();
    private readonly FakeSpotifyTopItemsReader _topItems = new();
    private readonly FakeSpotifyReadCache _cache;
    private readonly TopListPageReader _reader;

    public TopListPageReaderTests()
    {
        _cache = new FakeSpotifyReadCache(_time);
        _reader = new TopListPageReader(_cache, _history, _history, new FakeUserResultCache(), _topItems, _time);
    }

    [Fact]
    public async Task ReadAsync_OnAFreshFetch_RecordsThePageInTodaysSnapshot()
    {
        _topItems.NextResult = FakeSpotifyTopItemsReader.TrackPage(0, 3, "A", "B", "C");

        var result = await ReadTracks();

        result.IsSuccess.Should().BeTrue();
        _cache.Fetches.Should().Be(1);
        var recorded = _history.Recorded.Should().ContainSingle().Subject;
        (recorded.AppUserId, recorded.Kind, recorded.Range, recorded.Day, recorded.Offset)
            .Should().Be((User, TopListKind.Tracks, TimeRange.ShortTerm, Today, 0));
        recorded.ItemIds.Should().Equal("A", "B", "C");
    }

    [Fact]
    public async Task ReadAsync_ManyViewsInADay_ReadTheEarlierSnapshotOnceADay()
    {
        _history.With(User, new RankSnapshot(TopListKind.Tracks, TimeRange.ShortTerm, Today.AddDays(-1), ["B", "A", "C"]));
        _topItems.NextResult = FakeSpotifyTopItemsReader.TrackPage(0, 3, "A", "B", "C");

        var first = await ReadTracks();
        var again = await ReadTracks();
        _history.LatestBeforeReads.Should().Be(1, "the earlier days do not change during the day");
        again.Value.Changes.Should().Equal(first.Value.Changes);
        first.Value.Changes[0].Should().Be(new RankChange(RankChangeKind.Up, 1));

        _time.Advance(TimeSpan.FromDays(1));
        var nextDay = await ReadTracks();
        _history.LatestBeforeReads.Should().Be(2, "a new day has a new latest earlier snapshot");
        nextDay.Value.Changes.Should().OnlyContain(change => change.Kind == RankChangeKind.Same, "today's snapshot (A, B, C) is tomorrow's earlier one");
    }

    [Fact]
    public async Task ReadAsync_WhenServedFromTheCache_NeitherFetchesNorRecordsAgain()
    {
        _topItems.NextResult = FakeSpotifyTopItemsReader.TrackPage(0, 3, "A", "B", "C");
        await ReadTracks();
        _time.Advance(TimeSpan.FromMinutes(1));
        _topItems.NextResult = FakeSpotifyTopItemsReader.TrackPage(0, 3, "X", "Y", "Z");

        var result = await ReadTracks();

        _cache.Fetches.Should().Be(1);
        _topItems.Requests.Should().ContainSingle();
        _history.Recorded.Should().ContainSingle("a cached read is not a new observation of the list");
        result.Value.Items.Select(t => t.Id).Should().Equal("A", "B", "C");
        result.Value.FetchedAt.Should().Be(ApplicationHost.Start);
        result.Value.StaleNotice.Should().BeNull();
    }

    [Fact]
    public async Task ReadAsync_WhenServedFromTheCache_StillShowsMovementSinceYesterday()
    {
        _history.With(User, new RankSnapshot(TopListKind.Tracks, TimeRange.ShortTerm, Today.AddDays(-1), ["B", "A"]));
        _topItems.NextResult = FakeSpotifyTopItemsReader.TrackPage(0, 2, "A", "B");
        await ReadTracks();

        var cached = await ReadTracks();

        _cache.Fetches.Should().Be(1);
        cached.Value.Changes.Should().Equal(new RankChange(RankChangeKind.Up, 1), new RankChange(RankChangeKind.Down, 1));
    }

    [Fact]
    public async Task ReadAsync_OverThreeDays_ComparesEachDayWithTheDayBefore()
    {
        _topItems.NextResult = FakeSpotifyTopItemsReader.TrackPage(0, 3, "A", "B", "C");
        var day1 = await ReadTracks();

        _time.Advance(TimeSpan.FromDays(1));
        _topItems.NextResult = FakeSpotifyTopItemsReader.TrackPage(0, 3, "C", "A", "D");
        var day2 = await ReadTracks();

        _time.Advance(TimeSpan.FromDays(1));
        _topItems.NextResult = FakeSpotifyTopItemsReader.TrackPage(0, 3, "D", "C", "A");
        var day3 = await ReadTracks();

        day1.Value.Changes.Should().Equal(RankChange.NoHistory, RankChange.NoHistory, RankChange.NoHistory);
        day2.Value.Changes.Should().Equal(
            new RankChange(RankChangeKind.Up, 2),
            new RankChange(RankChangeKind.Down, 1),
            new RankChange(RankChangeKind.New, 0));
        day3.Value.Changes.Should().Equal(
            [new RankChange(RankChangeKind.Up, 2), new RankChange(RankChangeKind.Down, 1), new RankChange(RankChangeKind.Down, 1)],
            "day 3 compares with day 2 (C, A, D), not day 1 (A, B, C), which would give new, up 1, down 2");
        _history.Recorded.Select(r => r.Day).Should().Equal(Today, Today.AddDays(1), Today.AddDays(2));
    }

    [Fact]
    public async Task ReadAsync_RefetchedLaterTheSameDay_DoesNotCompareWithTodaysOwnSnapshot()
    {
        _topItems.NextResult = FakeSpotifyTopItemsReader.TrackPage(0, 2, "A", "B");
        await ReadTracks();
        _time.Advance(TimeSpan.FromHours(1));
        _topItems.NextResult = FakeSpotifyTopItemsReader.TrackPage(0, 2, "B", "A");

        var result = await ReadTracks();

        _cache.Fetches.Should().Be(2);
        result.Value.Changes.Should().Equal(RankChange.NoHistory, RankChange.NoHistory);
        _history.SnapshotOf(User, TopListKind.Tracks, TimeRange.ShortTerm, Today)!.ItemIds.Should().Equal("B", "A");
    }

    [Fact]
    public async Task ReadAsync_WhenSpotifyFailsAndAnOlderCopyExists_ReturnsTheCopyWithAStaleNotice()
    {
        _topItems.NextResult = FakeSpotifyTopItemsReader.TrackPage(0, 2, "A", "B");
        await ReadTracks();
        _time.Advance(TimeSpan.FromMinutes(10));
        _topItems.NextResult = Error.Upstream("spotify.unavailable", "Spotify is not answering right now.");

        var result = await ReadTracks();

        _cache.Fetches.Should().Be(2);
        result.IsSuccess.Should().BeTrue();
        result.Value.StaleNotice.Should().Be("Spotify is not answering right now.");
        result.Value.FetchedAt.Should().Be(ApplicationHost.Start);
        result.Value.Items.Select(t => t.Id).Should().Equal("A", "B");
        _history.Recorded.Should().ContainSingle("an old copy is not today's list");
    }

    [Fact]
    public async Task ReadAsync_WhenSpotifyFailsWithoutACopy_ReturnsItsErrorAndRecordsNothing()
    {
        var failure = Error.RateLimited(ApplicationHost.Start.AddMinutes(1), "Slow down.");
        _topItems.NextResult = failure;

        var result = await ReadTracks();

        result.Error.Should().BeSameAs(failure);
        _history.Recorded.Should().BeEmpty();
    }

    [Fact]
    public async Task ReadAsync_ForPageTwo_FetchesOffset50AndComparesRanksFrom51()
    {
        _history.With(User, new RankSnapshot(TopListKind.Tracks, TimeRange.LongTerm, Today.AddDays(-1), [.. Enumerable.Range(1, 60).Select(r => r == 55 ? "X" : $"old{r}")]));
        _topItems.TrackList = [.. Enumerable.Range(1, 120).Select(rank => FakeSpotifyTopItemsReader.Track(rank, rank switch { 51 => "X", 52 => "Y", _ => $"t{rank}" }))];

        var result = await ReadTracks(page: 2, range: TimeRange.LongTerm);

        _topItems.Requests.Should().Equal([(User, TimeRange.LongTerm, 0, 50), (User, TimeRange.LongTerm, 50, 50)], "page 1 is read first, for the list's total");
        _cache.Reads.Should().Equal((Linked, "top:Tracks:LongTerm:1"), (Linked, "top:Tracks:LongTerm:2"));
        _history.Recorded.Select(r => r.Offset).Should().Equal(0, 50);
        _history.SnapshotOf(User, TopListKind.Tracks, TimeRange.LongTerm, Today)!.RankOf("X").Should().Be(51);
        result.Value.Changes.Take(2).Should().Equal(new RankChange(RankChangeKind.Up, 4), new RankChange(RankChangeKind.New, 0));
        result.Value.Page.Should().Be(2);
        result.Value.PageSize.Should().Be(50);
        result.Value.Total.Should().Be(120);
    }

    [Fact]
    public async Task ReadAsync_ForAPagePastTheEnd_RecordsNothing()
    {
        _topItems.NextResult = FakeSpotifyTopItemsReader.TrackPage(150, 120);

        var result = await ReadTracks(page: 4);

        result.Value.IsPastTheEnd.Should().BeTrue();
        result.Value.Changes.Should().BeEmpty();
        _history.Recorded.Should().BeEmpty();
    }

    [Theory]
    [InlineData(4)]
    [InlineData(1000)]
    public async Task ReadAsync_ForAPagePastTheEndOfAKnownList_AnswersFromPageOnesTotalWithoutAskingSpotify(int page)
    {
        _topItems.TrackList = FakeSpotifyTopItemsReader.Tracks(120);
        await ReadTracks();

        var result = await ReadTracks(page: page);

        _topItems.Requests.Should().ContainSingle("only page 1 was ever asked for").Which.Offset.Should().Be(0);
        result.Value.IsPastTheEnd.Should().BeTrue();
        result.Value.Total.Should().Be(120);
        result.Value.Page.Should().Be(page);
    }

    [Fact]
    public async Task ReadAsync_ForAPagePastTheEndBeforePageOneWasRead_AsksSpotifyForPageOneOnly()
    {
        _topItems.TrackList = FakeSpotifyTopItemsReader.Tracks(60);

        var pastTheEnd = await ReadTracks(page: 7);
        var last = await ReadTracks(page: 2);

        pastTheEnd.Value.IsPastTheEnd.Should().BeTrue();
        last.Value.Items.Should().HaveCount(10);
        _topItems.Requests.Select(r => r.Offset).Should().Equal(0, 50);
    }

    [Fact]
    public async Task ReadAsync_ForALaterPageWhenPageOneFails_ReturnsThatErrorWithoutAskingForTheLaterPage()
    {
        var failure = Error.Upstream("spotify.unavailable", "Spotify is not answering right now.");
        _topItems.NextResult = failure;

        var result = await ReadTracks(page: 3);

        result.Error.Should().BeSameAs(failure);
        _topItems.Requests.Should().ContainSingle().Which.Offset.Should().Be(0);
    }

    [Fact]
    public async Task ReadAsync_ForArtists_KeepsTheirCacheEntryAndHistoryApartFromTracks()
    {
        _history.With(User, new RankSnapshot(TopListKind.Tracks, TimeRange.ShortTerm, Today.AddDays(-1), ["A", "B"]));
        _topItems.NextResult = FakeSpotifyTopItemsReader.TrackPage(0, 2, "A", "B");
        _topItems.NextArtistsResult = FakeSpotifyTopItemsReader.ArtistPage(0, 2, "B", "A");
        await ReadTracks();

        var result = await _reader.ReadAsync(Linked, TopListSources.Artists, TimeRange.ShortTerm, 1, TestContext.Current.CancellationToken);

        _cache.Fetches.Should().Be(2);
        _cache.Reads.Select(r => r.Key).Should().Equal("top:Tracks:ShortTerm:1", "top:Artists:ShortTerm:1");
        result.Value.Changes.Should().Equal(RankChange.NoHistory, RankChange.NoHistory);
        _history.Recorded.Select(r => r.Kind).Should().Equal(TopListKind.Tracks, TopListKind.Artists);
    }

    private Task<Result<TopListPageDto<TopTrackDto>>> ReadTracks(int page = 1, TimeRange range = TimeRange.ShortTerm) =>
        _reader.ReadAsync(Linked, TopListSources.Tracks, range, page, TestContext.Current.CancellationToken);
}
