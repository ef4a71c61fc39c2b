using CleanSpotify.Application.Abstractions;
using CleanSpotify.Application.Account.GetSpotifyAccount;
using CleanSpotify.Application.Common.Results;
using CleanSpotify.Application.Links.GetLinkStatus;
using CleanSpotify.Application.Links;
using CleanSpotify.Tests.Shared.Builders;
using CleanSpotify.UnitTests.Application.Fakes;
using CleanSpotify.Domain.Links;
using Microsoft.Extensions.Time.Testing;

namespace CleanSpotify.UnitTests.Application.Account.GetSpotifyAccount;

public sealed class GetSpotifyAccountQueryHandlerTests
{
    private static readonly Error SpotifyDown = Error.Upstream("spotify.unavailable", "Spotify is not answering right now.");

    private readonly FakeCurrentUser _currentUser = new();
    private readonly FakeSpotifyLinkStore _links = new();
    private readonly FakeSpotifyProfileReader _profiles = new();
    private readonly FakeTimeProvider _time = new(ApplicationHost.Start);
    private readonly FakeSpotifyReadCache _cache;

    public GetSpotifyAccountQueryHandlerTests() => _cache = new FakeSpotifyReadCache(_time);

    [Fact]
    public async Task Handle_WhenNotLinked_ReturnsTheAccountAsNotLinkedWithoutCallingSpotify()
    {
        _links.With(new SpotifyLinkBuilder().ForUser("app-user-2").Build());

        var result = await Handle();

        result.Value.Should().Be(new SpotifyAccountDto(LinkStatusDto.NotLinked, null));
        result.Value.Link.IsLinked.Should().BeFalse();
        _cache.Reads.Should().BeEmpty();
        _profiles.UsersRead.Should().BeEmpty();
    }

    [Fact]
    public async Task Handle_WhenLinkNeedsReconnect_ReturnsItsStatusWithoutCallingSpotify()
    {
        _links.With(new SpotifyLinkBuilder().NeedingReconnect().Build());

        var result = await Handle();

        result.Value.Link.Status.Should().Be(LinkStatus.NeedsReconnect);
        result.Value.Profile.Should().BeNull();
        _profiles.UsersRead.Should().BeEmpty();
    }

    [Fact]
    public async Task Handle_WhenLinked_ReadsTheProfileThroughTheCacheUnderKeyProfile()
    {
        var link = new SpotifyLinkBuilder().WithScopes("user-top-read", "user-read-private").Build();
        _links.With(link);
        var image = new Uri("https://i.scdn.test/ada.jpg");
        var page = new Uri("https://open.spotify.test/user/spotify-user-1");
        _profiles.Profile = new SpotifyProfileDto("account-1", "spotify-user-1", "Ada L.", image, page);

        var result = await Handle();

        _cache.Reads.Should().Equal((LinkedSpotifyUser.Of(link.Summary), "profile"));
        GetSpotifyAccountQueryHandler.ProfileCacheKey.Should().Be("profile");
        _profiles.UsersRead.Should().Equal(FakeCurrentUser.DefaultId);
        result.Value.Link.Should().BeEquivalentTo(LinkStatusDto.From(link.Summary, ApplicationHost.Start));
        result.Value.Profile.Should().Be(new SpotifyAccountProfileDto("spotify-user-1", "Ada L.", image, page, ApplicationHost.Start, null));
    }

    [Fact]
    public async Task Handle_WithinTheCacheLifetime_ServesTheCachedProfile()
    {
        _links.With(new SpotifyLinkBuilder().Build());
        await Handle();
        _time.Advance(TimeSpan.FromMinutes(1));

        var result = await Handle();

        _profiles.UsersRead.Should().ContainSingle("the second read comes from the cache");
        result.Value.Profile!.FetchedAt.Should().Be(ApplicationHost.Start);
    }

    [Fact]
    public async Task Handle_WhenSpotifyFailsWithNoCachedProfile_ReturnsTheAccountWithoutTheProfile()
    {
        var link = new SpotifyLinkBuilder().Build();
        _links.With(link);
        _profiles.Profile = SpotifyDown;

        var result = await Handle();

        result.IsSuccess.Should().BeTrue("a missing profile must not fail the account page");
        result.Value.Link.Status.Should().Be(LinkStatus.Linked);
        result.Value.Link.DisplayName.Should().Be("Ada");
        result.Value.Profile.Should().BeNull();
    }

    [Fact]
    public async Task Handle_WhenSpotifyFailsWithACachedProfile_ShowsTheOlderCopyWithANotice()
    {
        _links.With(new SpotifyLinkBuilder().Build());
        await Handle();
        _time.Advance(FakeSpotifyReadCache.FreshFor + TimeSpan.FromMinutes(1));
        _profiles.Profile = SpotifyDown;

        var result = await Handle();

        result.Value.Profile!.DisplayName.Should().Be("Ada");
        result.Value.Profile.FetchedAt.Should().Be(ApplicationHost.Start);
        result.Value.Profile.StaleNotice.Should().Be(SpotifyDown.Message);
    }

    [Fact]
    public async Task Handle_WhenTheReadMarksTheLinkForReconnect_ShowsTheLinkAsItIsNow()
    {
        var link = new SpotifyLinkBuilder().Build();
        _links.With(link);
        _profiles.Profile = Error.LinkRequired("link.reconnect", "Reconnect Spotify.", LinkProblem.MustReconnect);
        _profiles.WhileReading = _ => link.MarkNeedsReconnect();

        var result = await Handle();

        result.Value.Link.Status.Should().Be(LinkStatus.NeedsReconnect);
        result.Value.Profile.Should().BeNull();
    }

    [Fact]
    public async Task Send_WhenLinked_ReturnsTheAccountThroughThePipeline()
    {
        await using var host = new ApplicationHost();
        host.Links.With(new SpotifyLinkBuilder().Build());

        var result = await host.Sender.Send(new GetSpotifyAccountQuery(), TestContext.Current.CancellationToken);

        result.Value.Link.IsLinked.Should().BeTrue();
        result.Value.Profile!.UserId.Should().Be("spotify-user-1");
    }

    private async Task<Result<SpotifyAccountDto>> Handle() =>
        await new GetSpotifyAccountQueryHandler(_currentUser, _links, _profiles, _cache, _time)
            .Handle(new GetSpotifyAccountQuery(), TestContext.Current.CancellationToken);
}
