using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;
using CleanSpotify.Application.Abstractions;
using CleanSpotify.Application.Common.Results;
using CleanSpotify.Application.Links.BeginLink;
using CleanSpotify.Tests.Shared.Builders;
using CleanSpotify.UnitTests.Application.Fakes;
using Microsoft.Extensions.Time.Testing;

namespace CleanSpotify.UnitTests.Application.Links.BeginLink;

public sealed class BeginLinkCommandHandlerTests
{
    private static readonly DateTimeOffset Now = new(2026, 1, 15, 12, 0, 0, TimeSpan.Zero);

    private readonly FakeCurrentUser _currentUser = new();
    private readonly FakePendingAuthorizationStore _pending = new();
    private readonly FakeSpotifyAccountsService _accounts = new();
    private readonly FakeSpotifyLinkStore _links = new();
    private readonly FakeTimeProvider _time = new(Now);
    private readonly FakeSiteAccountStore _siteAccounts = new FakeSiteAccountStore().With(
        new SiteAccount(FakeCurrentUser.DefaultId, "ada@example.test", false, "ada@example.test", null, false, false, true, null, 0));

    [Fact]
    public async Task Handle_WhenTheSiteAccountWasDeletedElsewhere_ReturnsUnauthenticatedAndStoresNothing()
    {
        await _siteAccounts.DeleteAsync(FakeCurrentUser.DefaultId, TestContext.Current.CancellationToken);

        var result = await Handle(new BeginLinkCommand("/top/tracks"));

        result.Error!.Kind.Should().Be(ErrorKind.Unauthenticated);
        _pending.Added.Should().BeEmpty();
        _accounts.AuthorizeRequests.Should().BeEmpty();
    }

    [Fact]
    public async Task Handle_WhenSignedIn_SavesPendingAuthorizationBoundToUser()
    {
        var result = await Handle(new BeginLinkCommand("/top/tracks"));

        result.IsSuccess.Should().BeTrue();
        var pending = _pending.Added.Should().ContainSingle().Subject;
        pending.AppUserId.Should().Be(FakeCurrentUser.DefaultId);
        pending.ReturnUrl.Should().Be("/top/tracks");
        pending.CreatedAt.Should().Be(Now);
        pending.State.Should().NotBeNullOrWhiteSpace();
        pending.CodeVerifier.Should().NotBeNullOrWhiteSpace().And.NotBe(pending.State);
    }

    [Fact]
    public async Task Handle_WhenSignedIn_AuthorizeUriCarriesStateAndS256ChallengeButNeverTheVerifier()
    {
        var result = await Handle(new BeginLinkCommand(null));

        var pending = _pending.Added.Should().ContainSingle().Subject;
        var request = _accounts.AuthorizeRequests.Should().ContainSingle().Subject;
        request.State.Should().Be(pending.State);
        request.CodeChallenge.Should().Be(
            Base64Url.EncodeToString(SHA256.HashData(Encoding.ASCII.GetBytes(pending.CodeVerifier))));
        var uri = result.Value.AuthorizeUri.ToString();
        uri.Should().Contain(pending.State).And.Contain(request.CodeChallenge);
        uri.Should().NotContain(pending.CodeVerifier);
    }

    [Fact]
    public async Task Handle_FirstLink_AsksForNoPermissionBeyondTheConfiguredOnes()
    {
        await Handle(new BeginLinkCommand(null));

        _accounts.AuthorizeRequests.Should().ContainSingle().Which.AdditionalScopes.Should().BeEmpty();
    }

    [Fact]
    public async Task Handle_WithAdditionalScope_AsksForItToo()
    {
        await Handle(new BeginLinkCommand("/playlists/new", "playlist-modify-private"));

        _accounts.AuthorizeRequests.Should().ContainSingle().Which.AdditionalScopes.Should().Equal("playlist-modify-private");
    }

    [Fact]
    public async Task Handle_Reconnect_AsksAgainForEveryPermissionTheLinkHolds()
    {
        _links.With(new SpotifyLinkBuilder().ForUser(FakeCurrentUser.DefaultId).WithScopes("user-top-read", "playlist-modify-private").Build());

        await Handle(new BeginLinkCommand(null));

        _accounts.AuthorizeRequests.Should().ContainSingle().Which.AdditionalScopes
            .Should().BeEquivalentTo(["user-top-read", "playlist-modify-private"], "Spotify grants exactly what the latest consent asked for");
    }

    private async Task<Result<AuthorizeRedirectDto>> Handle(BeginLinkCommand command) =>
        await new BeginLinkCommandHandler(_currentUser, _pending, _siteAccounts, _links, _accounts, _time)
            .Handle(command, TestContext.Current.CancellationToken);
}
