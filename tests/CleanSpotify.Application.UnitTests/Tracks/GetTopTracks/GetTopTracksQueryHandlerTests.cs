using CleanSpotify.Application.Abstractions;
using CleanSpotify.Application.Common.Results;
using CleanSpotify.Application.Tracks.GetTopTracks;
using CleanSpotify.Application.UnitTests.Builders;
using CleanSpotify.Application.UnitTests.Fakes;
using CleanSpotify.Domain.Tracks;

namespace CleanSpotify.Application.UnitTests.Tracks.GetTopTracks;

public sealed class GetTopTracksQueryHandlerTests
{
    private readonly FakeCurrentUser _currentUser = new();
    private readonly FakeSpotifyLinkStore _links = new();
    private readonly FakeSpotifyTopItemsReader _topItems = new();

    [Fact]
    public async Task Handle_WhenNotLinked_ReturnsNotLinkedWithoutCallingSpotify()
    {
        var result = await Handle(new GetTopTracksQuery("short_term", "1"));

        result.Error.Should().Be(GetTopTracksQueryHandler.NotLinked);
        result.Error!.Kind.Should().Be(ErrorKind.LinkRequired);
        _topItems.Requests.Should().BeEmpty();
    }

    [Fact]
    public async Task Handle_WhenLinkNeedsReconnect_ReturnsMustReconnectWithoutCallingSpotify()
    {
        _links.With(new SpotifyLinkBuilder().NeedingReconnect().Build());

        var result = await Handle(new GetTopTracksQuery("short_term", "1"));

        result.Error.Should().Be(GetTopTracksQueryHandler.MustReconnect);
        _topItems.Requests.Should().BeEmpty();
    }

    [Fact]
    public async Task Handle_ForPageTwo_ReadsOffset50Limit50WithTheUsersOwnLink()
    {
        _links.With(new SpotifyLinkBuilder().Build());

        var result = await Handle(new GetTopTracksQuery("long_term", "2"));

        result.IsSuccess.Should().BeTrue();
        _topItems.Requests.Should().Equal((FakeCurrentUser.DefaultId, TimeRange.LongTerm, 50, 50));
        result.Value.Page.Should().Be(2);
        result.Value.Range.Should().Be(TimeRange.LongTerm);
    }

    [Fact]
    public async Task Handle_WithoutRangeOrPage_ReadsFirstPageOfMediumTerm()
    {
        _links.With(new SpotifyLinkBuilder().Build());

        var result = await Handle(new GetTopTracksQuery(null, null));

        _topItems.Requests.Should().Equal((FakeCurrentUser.DefaultId, TimeRange.MediumTerm, 0, 50));
        result.Value.Range.Should().Be(TimeRange.MediumTerm);
        result.Value.Page.Should().Be(1);
    }

    [Fact]
    public async Task Handle_WhenSpotifyAnswers_ReturnsItsTracksAndTotal()
    {
        _links.With(new SpotifyLinkBuilder().Build());
        var tracks = new[] { FakeSpotifyTopItemsReader.Track(1), FakeSpotifyTopItemsReader.Track(2) };
        _topItems.NextResult = new SpotifyPage<TopTrackDto>(tracks, 0, 2);

        var result = await Handle(new GetTopTracksQuery("short_term", null));

        result.Value.Tracks.Should().Equal(tracks);
        result.Value.Total.Should().Be(2);
        result.Value.PageSize.Should().Be(50);
    }

    [Fact]
    public async Task Handle_WhenSpotifyFails_ReturnsItsError()
    {
        _links.With(new SpotifyLinkBuilder().Build());
        var rateLimited = Error.RateLimited(new DateTimeOffset(2026, 1, 15, 12, 1, 0, TimeSpan.Zero), "Slow down.");
        _topItems.NextResult = rateLimited;

        var result = await Handle(new GetTopTracksQuery("short_term", "1"));

        result.Error.Should().BeSameAs(rateLimited);
    }

    private async Task<Result<TopTracksPageDto>> Handle(GetTopTracksQuery query) =>
        await new GetTopTracksQueryHandler(_currentUser, _links, _topItems)
            .Handle(query, TestContext.Current.CancellationToken);
}
