using CleanSpotify.Application.Abstractions;
using CleanSpotify.Application.Common.Results;
using CleanSpotify.Application.Common.TopLists;
using CleanSpotify.Application.Links;
using CleanSpotify.Application.SpotifyData;
using CleanSpotify.Application.TopLists.GetTopList;
using CleanSpotify.UnitTests.Application.Fakes;
using CleanSpotify.Domain.History;
using CleanSpotify.Domain.Tracks;
using CleanSpotify.Tests.Shared.Builders;
using Microsoft.Extensions.Time.Testing;

namespace CleanSpotify.UnitTests.Application.TopLists.GetTopList;

public sealed class GetTopListQueryHandlerArtistTests
{
    private static readonly DateOnly Today = DateOnly.FromDateTime(ApplicationHost.Start.UtcDateTime);

    private readonly FakeCurrentUser _currentUser = new();
    private readonly FakeSpotifyLinkStore _links = new();
    private readonly FakeSpotifyTopItemsReader _topItems = new();
    private readonly FakeTimeProvider _time = new(ApplicationHost.Start);
    private readonly FakeRankHistoryStore _history = new();
    private readonly FakeSpotifyReadCache _cache;

    public GetTopListQueryHandlerArtistTests()
    {
        _cache = new FakeSpotifyReadCache(_time);
    }

    [Fact]
    public async Task Handle_WhenNotLinked_ReturnsNotLinkedWithoutCallingSpotify()
    {
        var result = await Handle(new GetTopListQuery(TopListKind.Artists, TimeRange.ShortTerm, 1));

        result.Error.Should().Be(LinkErrors.NotLinked);
        _topItems.ArtistRequests.Should().BeEmpty();
        _cache.Reads.Should().BeEmpty();
    }

    [Fact]
    public async Task Handle_WhenLinkNeedsReconnect_ReturnsMustReconnectWithoutCallingSpotify()
    {
        _links.With(new SpotifyLinkBuilder().NeedingReconnect().Build());

        var result = await Handle(new GetTopListQuery(TopListKind.Artists, TimeRange.ShortTerm, 1));

        result.Error.Should().Be(LinkErrors.MustReconnect);
        _topItems.ArtistRequests.Should().BeEmpty();
        _cache.Reads.Should().BeEmpty();
    }

    [Fact]
    public async Task Handle_WhenSpotifyAnswers_ReturnsTheArtistsWithGenresAndMovement()
    {
        var link = new SpotifyLinkBuilder().Build();
        _links.With(link);
        _history.With(FakeCurrentUser.DefaultId, new RankSnapshot(TopListKind.Artists, TimeRange.ShortTerm, Today.AddDays(-1), ["b", "a"]));
        var artists = new[]
        {
            new TopArtistDto(1, "a", "Ada", ["jazz", "soul"], null, new Uri("https://open.spotify.test/artist/a")),
            new TopArtistDto(2, "b", "Bo", [], null, null),
        };
        _topItems.NextArtistsResult = new SpotifyPage<TopArtistDto>(artists, 0, 2);

        var result = await Handle(new GetTopListQuery(TopListKind.Artists, TimeRange.ShortTerm, 1));

        result.Value.Items.Should().Equal(artists);
        result.Value.Items.Cast<TopArtistDto>().First().Genres.Should().Equal("jazz", "soul");
        result.Value.Changes.Should().Equal(new RankChange(RankChangeKind.Up, 1), new RankChange(RankChangeKind.Down, 1));
        result.Value.Total.Should().Be(2);
        result.Value.Range.Should().Be(TimeRange.ShortTerm);
        _topItems.ArtistRequests.Should().Equal((FakeCurrentUser.DefaultId, TimeRange.ShortTerm, 0, 50));
        _topItems.Requests.Should().BeEmpty("artists never read the track list");
        _cache.Reads.Should().Equal((LinkedSpotifyUser.Of(link.Summary), "top:Artists:ShortTerm:1"));
        _history.SnapshotOf(FakeCurrentUser.DefaultId, TopListKind.Artists, TimeRange.ShortTerm, Today)!.ItemIds.Should().Equal("a", "b");
    }

    [Fact]
    public async Task Handle_ForPageThreeWithoutRange_ReadsOffset100OfMediumTerm()
    {
        _links.With(new SpotifyLinkBuilder().Build());

        var result = await Handle(new GetTopListQuery(TopListKind.Artists, TimeRange.MediumTerm, 3));

        _topItems.ArtistRequests.Should().Equal((FakeCurrentUser.DefaultId, TimeRange.MediumTerm, 0, 50), (FakeCurrentUser.DefaultId, TimeRange.MediumTerm, 100, 50));
        result.Value.Page.Should().Be(3);
        result.Value.Range.Should().Be(TimeRange.MediumTerm);
    }

    [Fact]
    public async Task Handle_WhenSpotifyFailsButAnOlderCopyIsKept_ReturnsItWithTheStaleNotice()
    {
        _links.With(new SpotifyLinkBuilder().Build());
        await Handle(new GetTopListQuery(TopListKind.Artists, TimeRange.ShortTerm, 1));
        _time.Advance(TimeSpan.FromHours(1));
        _cache.ServeStale(Error.Upstream("spotify.unavailable", "Spotify is having trouble; these are your artists as of earlier."));

        var result = await Handle(new GetTopListQuery(TopListKind.Artists, TimeRange.ShortTerm, 1));

        result.Value.StaleNotice.Should().Be("Spotify is having trouble; these are your artists as of earlier.");
        result.Value.FetchedAt.Should().Be(ApplicationHost.Start);
        _topItems.ArtistRequests.Should().ContainSingle();
    }

    [Fact]
    public async Task Handle_WhenSpotifyFails_ReturnsItsError()
    {
        _links.With(new SpotifyLinkBuilder().Build());
        var forbidden = Error.SpotifyForbidden("spotify.forbidden", "This app cannot read your top artists.");
        _topItems.NextArtistsResult = forbidden;

        var result = await Handle(new GetTopListQuery(TopListKind.Artists, TimeRange.ShortTerm, 1));

        result.Error.Should().BeSameAs(forbidden);
        _history.Recorded.Should().BeEmpty();
    }

    [Fact]
    public async Task Send_WithInvalidRangeAndPage_FailsValidationWithoutRunningTheHandler()
    {
        await using var host = new ApplicationHost();
        host.Links.With(new SpotifyLinkBuilder().Build());

        var result = await host.Sender.Send(new GetTopListQuery(TopListKind.Artists, (TimeRange)99, 0), TestContext.Current.CancellationToken);

        result.Error!.Kind.Should().Be(ErrorKind.Validation);
        result.Error.FieldErrors.Keys.Should().BeEquivalentTo("Range", "Page");
        host.CurrentUser.Reads.Should().Be(1, "only the sign-in check reads it: the handler must not run");
        host.TopItems.ArtistRequests.Should().BeEmpty();
        host.ReadCache.Reads.Should().BeEmpty();
    }

    [Fact]
    public async Task Send_WithValidQuery_RunsTheHandlerThroughThePipeline()
    {
        await using var host = new ApplicationHost();
        host.Links.With(new SpotifyLinkBuilder().Build());

        var result = await host.Sender.Send(new GetTopListQuery(TopListKind.Artists, TimeRange.LongTerm, 2), TestContext.Current.CancellationToken);

        result.Value.Items.Should().ContainSingle().Which.Id.Should().Be("artist51");
        host.TopItems.ArtistRequests.Should().Equal((FakeCurrentUser.DefaultId, TimeRange.LongTerm, 0, 50), (FakeCurrentUser.DefaultId, TimeRange.LongTerm, 50, 50));
        host.RankHistory.Recorded.Select(r => (r.Kind, r.Offset)).Should().Equal((TopListKind.Artists, 0), (TopListKind.Artists, 50));
    }

    private async Task<Result<TopListPageDto<TopItemDto>>> Handle(GetTopListQuery query) =>
        await new GetTopListQueryHandler(new TopListSlice(_currentUser, _links, new TopListPageReader(_cache, _history, _history, new FakeUserResultCache(), _topItems, _time)))
            .Handle(query, TestContext.Current.CancellationToken);
}
