using CleanSpotify.Application.Abstractions;
using CleanSpotify.Application.Common.Results;
using CleanSpotify.Application.Common.TopLists;
using CleanSpotify.Application.Links;
using CleanSpotify.Application.SpotifyData;
using CleanSpotify.Application.TopLists.GetTopList;
using CleanSpotify.Tests.Shared.Builders;
using CleanSpotify.UnitTests.Application.Fakes;
using CleanSpotify.Domain.History;
using CleanSpotify.Domain.Tracks;
using Microsoft.Extensions.Time.Testing;

namespace CleanSpotify.UnitTests.Application.TopLists.GetTopList;

public sealed class GetTopListQueryHandlerTrackTests
{
    private readonly FakeCurrentUser _currentUser = new();
    private readonly FakeSpotifyLinkStore _links = new();
    private readonly FakeSpotifyTopItemsReader _topItems = new();
    private readonly FakeTimeProvider _time = new(ApplicationHost.Start);
    private readonly FakeRankHistoryStore _history = new();
    private readonly FakeSpotifyReadCache _cache;

    public GetTopListQueryHandlerTrackTests()
    {
        _cache = new FakeSpotifyReadCache(_time);
    }

    [Fact]
    public async Task Handle_WhenNotLinked_ReturnsNotLinkedWithoutCallingSpotify()
    {
        var result = await Handle(new GetTopListQuery(TopListKind.Tracks, TimeRange.ShortTerm, 1));

        result.Error.Should().Be(LinkErrors.NotLinked);
        result.Error!.Kind.Should().Be(ErrorKind.LinkRequired);
        _topItems.Requests.Should().BeEmpty();
        _cache.Reads.Should().BeEmpty();
    }

    [Fact]
    public async Task Handle_WhenLinkNeedsReconnect_ReturnsMustReconnectWithoutCallingSpotify()
    {
        _links.With(new SpotifyLinkBuilder().NeedingReconnect().Build());

        var result = await Handle(new GetTopListQuery(TopListKind.Tracks, TimeRange.ShortTerm, 1));

        result.Error.Should().Be(LinkErrors.MustReconnect);
        _topItems.Requests.Should().BeEmpty();
        _cache.Reads.Should().BeEmpty();
    }

    [Fact]
    public async Task Handle_WhenAnotherUserIsLinked_ReturnsNotLinked()
    {
        _links.With(new SpotifyLinkBuilder().ForUser("someone-else").Build());

        var result = await Handle(new GetTopListQuery(TopListKind.Tracks, TimeRange.ShortTerm, 1));

        result.Error.Should().Be(LinkErrors.NotLinked);
        _topItems.Requests.Should().BeEmpty();
    }

    [Fact]
    public async Task Handle_ForPageTwo_ReadsOffset50Limit50WithTheUsersOwnLink()
    {
        var link = new SpotifyLinkBuilder().Build();
        _links.With(link);

        var result = await Handle(new GetTopListQuery(TopListKind.Tracks, TimeRange.LongTerm, 2));

        result.IsSuccess.Should().BeTrue();
        _topItems.Requests.Should().Equal(
            [(FakeCurrentUser.DefaultId, TimeRange.LongTerm, 0, 50), (FakeCurrentUser.DefaultId, TimeRange.LongTerm, 50, 50)],
            "page 1 is read first, for the list's total");
        _cache.Reads.Should().Equal((LinkedSpotifyUser.Of(link.Summary), "top:Tracks:LongTerm:1"), (LinkedSpotifyUser.Of(link.Summary), "top:Tracks:LongTerm:2"));
        result.Value.Page.Should().Be(2);
        result.Value.Range.Should().Be(TimeRange.LongTerm);
    }

    [Fact]
    public async Task Handle_WithoutRangeOrPage_ReadsFirstPageOfMediumTerm()
    {
        _links.With(new SpotifyLinkBuilder().Build());

        var result = await Handle(new GetTopListQuery(TopListKind.Tracks, TimeRange.MediumTerm, 1));

        _topItems.Requests.Should().Equal((FakeCurrentUser.DefaultId, TimeRange.MediumTerm, 0, 50));
        result.Value.Range.Should().Be(TimeRange.MediumTerm);
        result.Value.Page.Should().Be(1);
    }

    [Fact]
    public async Task Handle_WhenSpotifyAnswers_ReturnsItsTracksTotalAndFetchTime()
    {
        _links.With(new SpotifyLinkBuilder().Build());
        var tracks = new[] { FakeSpotifyTopItemsReader.Track(1), FakeSpotifyTopItemsReader.Track(2) };
        _topItems.NextResult = new SpotifyPage<TopTrackDto>(tracks, 0, 2);

        var result = await Handle(new GetTopListQuery(TopListKind.Tracks, TimeRange.ShortTerm, 1));

        result.Value.Items.Should().Equal(tracks);
        result.Value.Changes.Should().Equal(RankChange.NoHistory, RankChange.NoHistory);
        result.Value.Total.Should().Be(2);
        result.Value.PageSize.Should().Be(TopListPageReader.PageSize).And.Be(50);
        result.Value.FetchedAt.Should().Be(ApplicationHost.Start);
        result.Value.StaleNotice.Should().BeNull();
    }

    [Fact]
    public async Task Handle_WhenSpotifyAnswers_RecordsTheTracksAsTodaysSnapshot()
    {
        _links.With(new SpotifyLinkBuilder().Build());
        _topItems.NextResult = FakeSpotifyTopItemsReader.TrackPage(0, 2, "a", "b");

        await Handle(new GetTopListQuery(TopListKind.Tracks, TimeRange.ShortTerm, 1));

        _history.SnapshotOf(FakeCurrentUser.DefaultId, TopListKind.Tracks, TimeRange.ShortTerm, DateOnly.FromDateTime(ApplicationHost.Start.UtcDateTime))!
            .ItemIds.Should().Equal("a", "b");
    }

    [Fact]
    public async Task Handle_WhenSpotifyFails_ReturnsItsError()
    {
        _links.With(new SpotifyLinkBuilder().Build());
        var rateLimited = Error.RateLimited(new DateTimeOffset(2026, 1, 15, 12, 1, 0, TimeSpan.Zero), "Slow down.");
        _topItems.NextResult = rateLimited;

        var result = await Handle(new GetTopListQuery(TopListKind.Tracks, TimeRange.ShortTerm, 1));

        result.Error.Should().BeSameAs(rateLimited);
    }

    [Fact]
    public async Task Handle_AfterUnlinkAndRelinkThatTheCacheNeverHeardOf_FetchesForTheNewLinkInsteadOfServingTheOldOne()
    {
        // The cache plays another instance's memory: the unlink and relink happened elsewhere, nothing was forgotten here.
        _links.With(new SpotifyLinkBuilder().WithAccount("old-account", "old-user", "Old").Build());
        _topItems.NextResult = FakeSpotifyTopItemsReader.TrackPage(0, 1, "old-track");
        (await Handle(new GetTopListQuery(TopListKind.Tracks, TimeRange.ShortTerm, 1))).Value.Items.Select(t => t.Id).Should().Equal("old-track");
        _links.Remove(FakeCurrentUser.DefaultId);
        var relinked = new SpotifyLinkBuilder().WithAccount("new-account", "new-user", "New").Build();
        _links.With(relinked);
        _topItems.NextResult = FakeSpotifyTopItemsReader.TrackPage(0, 1, "new-track");

        var result = await Handle(new GetTopListQuery(TopListKind.Tracks, TimeRange.ShortTerm, 1));

        result.Value.Items.Select(t => t.Id).Should().Equal("new-track");
        result.Value.StaleNotice.Should().BeNull();
        _cache.Fetches.Should().Be(2, "the old link's page is still fresh, but belongs to another link");
        _cache.Reads.Select(r => r.User).Should().EndWith(LinkedSpotifyUser.Of(relinked.Summary));
        _cache.ForgottenUsers.Should().BeEmpty();
    }

    private async Task<Result<TopListPageDto<TopItemDto>>> Handle(GetTopListQuery query) =>
        await new GetTopListQueryHandler(new TopListSlice(_currentUser, _links, new TopListPageReader(_cache, _history, _history, new FakeUserResultCache(), _topItems, _time)))
            .Handle(query, TestContext.Current.CancellationToken);
}
