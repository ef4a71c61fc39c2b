using CleanSpotify.Application.Common.Results;
using CleanSpotify.Application.Links.GetLinkStatus;
using CleanSpotify.Tests.Shared.Builders;
using CleanSpotify.UnitTests.Application.Fakes;
using CleanSpotify.Domain.Links;
using Microsoft.Extensions.Time.Testing;

namespace CleanSpotify.UnitTests.Application.Links.GetLinkStatus;

public sealed class GetLinkStatusQueryHandlerTests
{
    private static readonly DateTimeOffset AuthorizedAt = SpotifyLinkBuilder.DefaultAuthorizedAt;
    private static readonly string[] Scopes = ["user-top-read", "user-read-private"];

    private readonly FakeCurrentUser _currentUser = new();
    private readonly FakeSpotifyLinkStore _links = new();
    private readonly FakeTimeProvider _time = new(AuthorizedAt.AddDays(10));

    [Fact]
    public async Task Handle_WhenNeverLinked_ReturnsNotLinked()
    {
        var result = await Handle();

        result.Value.Should().BeSameAs(LinkStatusDto.NotLinked);
        result.Value.IsLinked.Should().BeFalse();
    }

    [Fact]
    public async Task Handle_WhenLinked_ReturnsTheLinkFromTheStore()
    {
        _links.With(new SpotifyLinkBuilder()
            .WithAccount("account-1", "spotify-user-1", "Ada")
            .WithScopes(Scopes)
            .Build());

        var result = await Handle();

        result.Value.Should().BeEquivalentTo(new
        {
            Status = LinkStatus.Linked,
            DisplayName = "Ada",
            SpotifyUserId = "spotify-user-1",
            AuthorizedAt,
            ExpiresAt = AuthorizedAt.AddDays(182),
            IsExpiringSoon = false,
            GrantedScopes = Scopes,
            IsLinked = true,
        });
    }

    [Fact]
    public async Task Handle_WhenLinkNeedsReconnect_ReportsItAsNotLinked()
    {
        _links.With(new SpotifyLinkBuilder().WithAccount("account-1", "spotify-user-1", null).NeedingReconnect().Build());

        var result = await Handle();

        result.Value.Status.Should().Be(LinkStatus.NeedsReconnect);
        result.Value.IsLinked.Should().BeFalse();
        result.Value.DisplayName.Should().Be("spotify-user-1", "the Spotify user id stands in for a missing display name");
    }

    [Theory]
    [InlineData(166, false)]
    [InlineData(167, true)]
    public async Task Handle_AsTheLinkAges_FlagsExpiringSoonFromDay167(int ageInDays, bool expected)
    {
        _links.With(new SpotifyLinkBuilder().Build());
        _time.SetUtcNow(AuthorizedAt.AddDays(ageInDays));

        var result = await Handle();

        result.Value.IsExpiringSoon.Should().Be(expected);
    }

    private async Task<Result<LinkStatusDto>> Handle() =>
        await new GetLinkStatusQueryHandler(_currentUser, _links, _time)
            .Handle(new GetLinkStatusQuery(), TestContext.Current.CancellationToken);
}
