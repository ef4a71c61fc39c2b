using CleanSpotify.Application.Abstractions;
using CleanSpotify.Application.Account.GetSpotifyAccount;
using CleanSpotify.Application.Account.GetHeaderAccount;
using CleanSpotify.Application.Common.Results;
using CleanSpotify.Application.Links;
using CleanSpotify.Tests.Shared.Builders;
using CleanSpotify.UnitTests.Application.Fakes;
using Microsoft.Extensions.Time.Testing;

namespace CleanSpotify.UnitTests.Application.Account.GetHeaderAccount;

public sealed class GetHeaderAccountQueryHandlerTests
{
    private static readonly Uri Picture = new("https://images.example/ada.png");

    private readonly FakeCurrentUser _currentUser = new();
    private readonly FakeSpotifyLinkStore _links = new();
    private readonly FakeSpotifyReadCache _cache = new(new FakeTimeProvider());
    private readonly FakeSpotifyProfileReader _profiles = new();

    [Fact]
    public async Task Handle_WithACachedProfile_UsesItsNameAndPictureWithoutCallingSpotify()
    {
        var link = new SpotifyLinkBuilder().WithAccount("account-1", "spotify-user-1", "Ada from the link").Build();
        _links.With(link);
        await _cache.GetOrFetchAsync(
            LinkedSpotifyUser.Of(link.Summary),
            GetSpotifyAccountQueryHandler.ProfileCacheKey,
            _ => Task.FromResult(Result<SpotifyProfileDto>.Success(new SpotifyProfileDto("account-1", "spotify-user-1", "Ada", Picture, null))),
            TestContext.Current.CancellationToken);
        var fetchesBefore = _cache.Fetches;

        var result = await Handle();

        result.Value.Should().Be(new HeaderAccountDto("Ada", Picture));
        _cache.Fetches.Should().Be(fetchesBefore, "the header never asks Spotify");
        _profiles.AccessTokensUsed.Should().BeEmpty();
    }

    [Fact]
    public async Task Handle_AfterUnlinkAndRelink_IgnoresTheProfileCachedForThePreviousLink()
    {
        var previous = new SpotifyLinkBuilder().WithAccount("account-1", "spotify-user-1", "Ada").Build();
        await _cache.GetOrFetchAsync(
            LinkedSpotifyUser.Of(previous.Summary),
            GetSpotifyAccountQueryHandler.ProfileCacheKey,
            _ => Task.FromResult(Result<SpotifyProfileDto>.Success(new SpotifyProfileDto("account-1", "spotify-user-1", "Ada", Picture, null))),
            TestContext.Current.CancellationToken);
        _links.With(new SpotifyLinkBuilder().WithAccount("account-2", "spotify-user-2", "Grace").Build());

        var result = await Handle();

        result.Value.Should().Be(new HeaderAccountDto("Grace", null));
    }

    [Fact]
    public async Task Handle_WithNothingCached_UsesTheNameSavedWithTheLinkAndNoPicture()
    {
        _links.With(new SpotifyLinkBuilder().WithAccount("account-1", "spotify-user-1", "Ada from the link").Build());

        var result = await Handle();

        result.Value.Should().Be(new HeaderAccountDto("Ada from the link", null));
        _cache.Fetches.Should().Be(0);
    }

    [Fact]
    public async Task Handle_WhenTheLinkNeedsReconnecting_ShowsNothing()
    {
        _links.With(new SpotifyLinkBuilder().NeedingReconnect().Build());

        var result = await Handle();

        result.IsSuccess.Should().BeTrue();
        result.Value.Should().BeNull();
    }

    private async Task<Result<HeaderAccountDto?>> Handle() =>
        await new GetHeaderAccountQueryHandler(_currentUser, _links, _cache).Handle(new GetHeaderAccountQuery(), TestContext.Current.CancellationToken);
}
