using CleanSpotify.Application.Common.Results;
using CleanSpotify.Application.Links;
using CleanSpotify.Application.Recent;
using CleanSpotify.Application.Recent.GetRecentlyPlayed;
using CleanSpotify.Application.SpotifyData;
using CleanSpotify.UnitTests.Application.Fakes;
using CleanSpotify.Tests.Shared.Builders;
using Microsoft.Extensions.Time.Testing;

namespace CleanSpotify.UnitTests.Application.Recent.GetRecentlyPlayed;

public sealed class GetRecentlyPlayedQueryHandlerTests
{
    private static readonly Error SpotifyDown = Error.Upstream("spotify.unavailable", "Spotify is not answering right now.");

    private readonly FakeCurrentUser _currentUser = new();
    private readonly FakeSpotifyLinkStore _links = new();
    private readonly FakeSpotifyRecentlyPlayedReader _reader = new();
    private readonly FakeTimeProvider _time = new(ApplicationHost.Start);
    private readonly FakeSpotifyReadCache _cache;

    public GetRecentlyPlayedQueryHandlerTests() => _cache = new FakeSpotifyReadCache(_time);

    [Fact]
    public async Task Handle_WhenNotLinked_ReturnsNotLinkedWithoutCallingSpotify()
    {
        var result = await Handle();

        result.Error.Should().Be(LinkErrors.NotLinked);
        _reader.UsersRead.Should().BeEmpty();
        _cache.Reads.Should().BeEmpty();
    }

    [Fact]
    public async Task Handle_WhenLinkNeedsReconnect_ReturnsMustReconnectWithoutCallingSpotify()
    {
        _links.With(new SpotifyLinkBuilder().NeedingReconnect().Build());

        var result = await Handle();

        result.Error.Should().Be(LinkErrors.MustReconnect);
        _reader.UsersRead.Should().BeEmpty();
    }

    [Fact]
    public async Task Handle_WhenLinked_ReadsTheUsersPlaysThroughTheCacheNewestFirst()
    {
        var link = new SpotifyLinkBuilder().Build();
        _links.With(link);
        _reader.Plays = Result<IReadOnlyList<RecentPlayDto>>.Success([Play("b", 2), Play("c", 3), Play("a", 1)]);

        var result = await Handle();

        _reader.UsersRead.Should().Equal(FakeCurrentUser.DefaultId);
        _cache.Reads.Should().Equal((LinkedSpotifyUser.Of(link.Summary), RecentPlays.CacheKey));
        RecentPlays.CacheKey.Should().Be("recent");
        result.Value.Plays.Select(p => p.TrackId).Should().Equal("c", "b", "a");
        result.Value.FetchedAt.Should().Be(ApplicationHost.Start);
        result.Value.StaleNotice.Should().BeNull();
    }

    [Fact]
    public async Task Handle_WithinTheCacheLifetime_DoesNotCallSpotifyAgain()
    {
        _links.With(new SpotifyLinkBuilder().Build());
        await Handle();
        _time.Advance(TimeSpan.FromMinutes(1));

        var result = await Handle();

        result.IsSuccess.Should().BeTrue();
        _reader.UsersRead.Should().ContainSingle();
    }

    [Fact]
    public async Task Handle_WhenSpotifyFailsWithACachedCopy_ServesItWithANotice()
    {
        _links.With(new SpotifyLinkBuilder().Build());
        _reader.Plays = Result<IReadOnlyList<RecentPlayDto>>.Success([Play("a", 1)]);
        await Handle();
        _time.Advance(FakeSpotifyReadCache.FreshFor + TimeSpan.FromMinutes(1));
        _reader.Plays = SpotifyDown;

        var result = await Handle();

        result.Value.Plays.Select(p => p.TrackId).Should().Equal("a");
        result.Value.FetchedAt.Should().Be(ApplicationHost.Start);
        result.Value.StaleNotice.Should().Be(SpotifyDown.Message);
    }

    [Fact]
    public async Task Handle_WhenSpotifyFailsWithNoCachedCopy_ReturnsTheError()
    {
        _links.With(new SpotifyLinkBuilder().Build());
        _reader.Plays = SpotifyDown;

        var result = await Handle();

        result.Error.Should().Be(SpotifyDown);
    }

    [Fact]
    public async Task Send_WhenLinked_ReturnsThePlaysThroughThePipeline()
    {
        await using var host = new ApplicationHost();
        host.Links.With(new SpotifyLinkBuilder().Build());
        host.RecentlyPlayed.Plays = Result<IReadOnlyList<RecentPlayDto>>.Success([Play("a", 1)]);

        var result = await host.Sender.Send(new GetRecentlyPlayedQuery(), TestContext.Current.CancellationToken);

        result.Value.Plays.Should().ContainSingle().Which.TrackId.Should().Be("a");
    }

    /// <summary>A play <paramref name="minutesAfterNine"/> minutes after 09:00 on the host's start day.</summary>
    internal static RecentPlayDto Play(string id, int minutesAfterNine) =>
        new(id, $"Track {id}", ["Artist"], "Album", null, TimeSpan.FromSeconds(200), null,
            new DateTimeOffset(2026, 1, 15, 9, minutesAfterNine, 0, TimeSpan.Zero));

    private async Task<Result<RecentlyPlayedDto>> Handle() =>
        await new GetRecentlyPlayedQueryHandler(new RecentPlays(_currentUser, _links, _cache, _reader))
            .Handle(new GetRecentlyPlayedQuery(), TestContext.Current.CancellationToken);
}
