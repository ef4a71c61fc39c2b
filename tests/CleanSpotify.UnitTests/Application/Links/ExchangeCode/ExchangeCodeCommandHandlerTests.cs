using CleanSpotify.Application.Abstractions;
using CleanSpotify.Application.Common.Results;
using CleanSpotify.Application.Links;
using CleanSpotify.Application.Links.ExchangeCode;
using CleanSpotify.Tests.Shared.Builders;
using CleanSpotify.UnitTests.Application.Fakes;
using CleanSpotify.Domain.History;
using CleanSpotify.Domain.Links;
using CleanSpotify.Domain.Tracks;
using Microsoft.Extensions.Time.Testing;

namespace CleanSpotify.UnitTests.Application.Links.ExchangeCode;

public sealed class ExchangeCodeCommandHandlerTests
{
    private const string State = "state-abc";
    private const string Verifier = "verifier-xyz";
    private const string Code = "code-123";

    private static readonly DateTimeOffset StartedAt = new(2026, 1, 15, 12, 0, 0, TimeSpan.Zero);

    private readonly FakeCurrentUser _currentUser = new();
    private readonly FakePendingAuthorizationStore _pending = new();
    private readonly FakeSpotifyAccountsService _accounts = new();
    private readonly FakeSpotifyProfileReader _profiles = new();
    private readonly FakeSpotifyLinkStore _links = new();
    private readonly FakeSpotifyLinkRemover _remover;
    private readonly FakeTimeProvider _time = new(StartedAt);
    private readonly FakeSpotifyReadCache _cache;
    private readonly FakeRankHistoryStore _history = new();
    private readonly FakePlaylistExportStore _exports = new();
    private readonly FakeUnitOfWork _unitOfWork = new();

    public ExchangeCodeCommandHandlerTests()
    {
        _cache = new FakeSpotifyReadCache(_time);
        _remover = new FakeSpotifyLinkRemover(_links);
        _pending.With(new PendingAuthorization(State, FakeCurrentUser.DefaultId, Verifier, "/top/tracks", StartedAt));
        _time.Advance(TimeSpan.FromSeconds(30));
    }

    [Fact]
    public async Task Handle_WithUnknownState_ReturnsInvalidStateWithoutExchangingTheCode()
    {
        var result = await Handle(new ExchangeCodeCommand(Code, "forged-state", null));

        result.Error.Should().Be(ExchangeCodeCommandHandler.InvalidState);
        _accounts.Exchanges.Should().BeEmpty();
        _links.Saved.Should().BeEmpty();
    }

    [Fact]
    public async Task Handle_WithAnotherUsersState_ReturnsInvalidStateWithoutExchangingTheCode()
    {
        _currentUser.SignInAs("app-user-2");

        var result = await Handle(new ExchangeCodeCommand(Code, State, null));

        result.Error.Should().Be(ExchangeCodeCommandHandler.InvalidState);
        _accounts.Exchanges.Should().BeEmpty();
        _links.Saved.Should().BeEmpty();
    }

    [Fact]
    public async Task Handle_WithExpiredState_ReturnsExpiredStateWithoutExchangingTheCode()
    {
        _time.SetUtcNow(StartedAt + PendingAuthorization.Lifetime);

        var result = await Handle(new ExchangeCodeCommand(Code, State, null));

        result.Error.Should().Be(ExchangeCodeCommandHandler.ExpiredState);
        _accounts.Exchanges.Should().BeEmpty();
        _links.Saved.Should().BeEmpty();
    }

    [Fact]
    public async Task Handle_WhenUserDeniedConsent_ReturnsDeniedWithoutExchange()
    {
        var result = await Handle(new ExchangeCodeCommand(null, State, "access_denied"));

        result.Error.Should().Be(ExchangeCodeCommandHandler.Denied);
        result.Error!.Kind.Should().Be(ErrorKind.ConsentDenied);
        _accounts.Exchanges.Should().BeEmpty();
        _links.Saved.Should().BeEmpty();
    }

    [Fact]
    public async Task Handle_WithValidCode_CreatesLinkKeyedByAccountIdWithScopesAndConsentTime()
    {
        _profiles.Profile = new SpotifyProfileDto("account-42", "spotify-user-42", "Grace", null, null);

        var result = await Handle(new ExchangeCodeCommand(Code, State, null));

        result.IsSuccess.Should().BeTrue();
        result.Value.Should().Be(new LinkedDto("Grace", "/top/tracks"));
        _accounts.Exchanges.Should().Equal((Code, Verifier));
        _profiles.AccessTokensUsed.Should().Equal("granted-access-token");
        var link = _links.Saved.Should().ContainSingle().Subject;
        link.AppUserId.Should().Be(FakeCurrentUser.DefaultId);
        link.Account.AccountKey.Should().Be("account-42");
        link.Account.UserId.Should().Be("spotify-user-42");
        link.GrantedScopes.Should().Equal("user-top-read", "user-read-private");
        link.AuthorizedAt.Should().Be(_time.GetUtcNow());
        link.Status.Should().Be(LinkStatus.Linked);
        link.Tokens!.RefreshToken.Should().Be("granted-refresh-token");
        _cache.ForgottenUsers.Should().BeEmpty("a first link has nothing cached to forget");
    }

    [Fact]
    public async Task Handle_WhenProfileHasNoAccountId_KeysLinkByUserId()
    {
        _profiles.Profile = new SpotifyProfileDto(null, "spotify-user-42", null, null, null);

        var result = await Handle(new ExchangeCodeCommand(Code, State, null));

        result.IsSuccess.Should().BeTrue();
        _links.Saved.Should().ContainSingle().Which.Account.AccountKey.Should().Be("spotify-user-42");
    }

    [Fact]
    public async Task Handle_WhenSameUserRelinksSameAccount_UpdatesTheExistingLink()
    {
        var existing = new SpotifyLinkBuilder().WithAccount("account-1", "spotify-user-1", "Ada").NeedingReconnect().Build();
        _links.With(existing);

        var result = await Handle(new ExchangeCodeCommand(Code, State, null));

        result.IsSuccess.Should().BeTrue();
        _links.Saved.Should().ContainSingle().Which.Should().BeSameAs(existing);
        _links.Links.Should().ContainSingle();
        existing.Status.Should().Be(LinkStatus.Linked);
        existing.Tokens!.AccessToken.Should().Be("granted-access-token");
        existing.AuthorizedAt.Should().Be(_time.GetUtcNow());
        existing.GrantedScopes.Should().Equal("user-top-read", "user-read-private");
        _cache.ForgottenUsers.Should().Equal(FakeCurrentUser.DefaultId);
        _remover.Deletes.Should().BeEmpty("the same Spotify account keeps its link and id");
    }

    [Fact]
    public async Task Handle_WhenReconnectingWithAnotherSpotifyAccount_ReplacesTheLinkWithOneOfANewId()
    {
        var existing = new SpotifyLinkBuilder().WithAccount("old-account", "old-user", "Old").NeedingReconnect().Build();
        _links.With(existing);
        _profiles.Profile = new SpotifyProfileDto("new-account", "new-user", "New", null, null);

        var result = await Handle(new ExchangeCodeCommand(Code, State, null));

        result.IsSuccess.Should().BeTrue();
        _remover.Deletes.Should().Equal(FakeCurrentUser.DefaultId);
        var link = _links.Links.Should().ContainSingle().Subject;
        link.Should().NotBeSameAs(existing);
        link.Id.Should().NotBe(existing.Id, "reads cached under the old link id must never be found for the new account");
        link.Account.AccountKey.Should().Be("new-account");
        link.Status.Should().Be(LinkStatus.Linked);
        existing.Account.AccountKey.Should().Be("old-account");
    }

    [Fact]
    public async Task Handle_WhenTheNewAccountIsTakenWhileReplacingTheLink_SaysThePreviousLinkIsGoneAndForgetsItsData()
    {
        _links.With(new SpotifyLinkBuilder().WithAccount("old-account", "old-user", "Old").Build());
        _history.With(FakeCurrentUser.DefaultId, new RankSnapshot(TopListKind.Tracks, TimeRange.ShortTerm, new DateOnly(2026, 1, 14), ["a"]));
        _profiles.Profile = new SpotifyProfileDto("new-account", "new-user", "New", null, null);
        _links.RejectSaves = true;

        var result = await Handle(new ExchangeCodeCommand(Code, State, null));

        result.Error.Should().Be(ExchangeCodeCommandHandler.AccountTakenAfterUnlink);
        result.Error!.Kind.Should().Be(ErrorKind.Conflict);
        _links.Links.Should().BeEmpty();
        _cache.ForgottenUsers.Should().Equal(FakeCurrentUser.DefaultId);
        (await _history.ListAsync(FakeCurrentUser.DefaultId, TopListKind.Tracks, TimeRange.ShortTerm, TestContext.Current.CancellationToken))
            .Should().BeEmpty();
        _exports.DeletedUsers.Should().Equal(FakeCurrentUser.DefaultId);
    }

    [Fact]
    public async Task Handle_WhenAccountIsLinkedToAnotherUser_ReturnsAccountTakenAndSavesNothing()
    {
        var othersLink = new SpotifyLinkBuilder().ForUser("app-user-2").WithAccount("account-1", "spotify-user-1", "Ada").Build();
        _links.With(othersLink);

        var result = await Handle(new ExchangeCodeCommand(Code, State, null));

        result.Error.Should().Be(ExchangeCodeCommandHandler.AccountTaken);
        _links.Saved.Should().BeEmpty();
        othersLink.AppUserId.Should().Be("app-user-2");
        othersLink.Tokens!.AccessToken.Should().Be("old-access-token");
    }

    [Fact]
    public async Task Handle_WhenAccountIsLinkedToAnotherUser_SaysHowTheOwnerCanFreeIt()
    {
        _links.With(new SpotifyLinkBuilder().ForUser("app-user-2").WithAccount("account-1", "spotify-user-1", "Ada").Build());

        var result = await Handle(new ExchangeCodeCommand(Code, State, null));

        result.Error!.Kind.Should().Be(ErrorKind.Conflict);
        result.Error.Message.Should().Contain("already linked to another CleanSpotify user")
            .And.Contain("spotify.com/account/apps")
            .And.Contain("\"Apps\"")
            .And.Contain("need reconnecting");
        _remover.ConditionalDeletes.Should().BeEmpty();
        _unitOfWork.Transactions.Should().Be(0);
    }

    [Fact]
    public async Task Handle_WhenAnotherUsersLinkNeedsReconnect_MovesTheAccountToTheCallerAndDeletesTheOldHoldersData()
    {
        var stale = new SpotifyLinkBuilder().ForUser("app-user-2").WithAccount("account-1", "spotify-user-1", "Ada").NeedingReconnect().Build();
        _links.With(stale);
        _history.With("app-user-2", new RankSnapshot(TopListKind.Tracks, TimeRange.ShortTerm, new DateOnly(2026, 1, 14), ["a"]));
        _history.With(FakeCurrentUser.DefaultId, new RankSnapshot(TopListKind.Tracks, TimeRange.ShortTerm, new DateOnly(2026, 1, 14), ["mine"]));

        var result = await Handle(new ExchangeCodeCommand(Code, State, null));

        result.IsSuccess.Should().BeTrue();
        _remover.ConditionalDeletes.Should().ContainSingle().Which.Should().BeSameAs(stale);
        _unitOfWork.Transactions.Should().Be(1);
        var link = _links.Links.Should().ContainSingle().Subject;
        link.AppUserId.Should().Be(FakeCurrentUser.DefaultId);
        link.Id.Should().NotBe(stale.Id);
        link.Account.AccountKey.Should().Be("account-1");
        link.Status.Should().Be(LinkStatus.Linked);
        link.Tokens!.AccessToken.Should().Be("granted-access-token");
        (await _history.ListAsync("app-user-2", TopListKind.Tracks, TimeRange.ShortTerm, TestContext.Current.CancellationToken)).Should().BeEmpty();
        (await _history.ListAsync(FakeCurrentUser.DefaultId, TopListKind.Tracks, TimeRange.ShortTerm, TestContext.Current.CancellationToken))
            .Should().ContainSingle("the caller's own history is not the old holder's");
        _exports.DeletedUsers.Should().Equal("app-user-2");
        _cache.ForgottenUsers.Should().Equal("app-user-2");
    }

    [Fact]
    public async Task Handle_WhenAnotherUsersRefreshTokenHasExpired_TakesTheLinkOver()
    {
        var expired = new SpotifyLinkBuilder().ForUser("app-user-2").WithAccount("account-1", "spotify-user-1", "Ada")
            .AuthorizedAt(_time.GetUtcNow() - SpotifyLink.RefreshTokenLifetime).Build();
        _links.With(expired);

        var result = await Handle(new ExchangeCodeCommand(Code, State, null));

        result.IsSuccess.Should().BeTrue();
        _links.Links.Should().ContainSingle().Which.AppUserId.Should().Be(FakeCurrentUser.DefaultId);
        _cache.ForgottenUsers.Should().Equal("app-user-2");
    }

    [Fact]
    public async Task Handle_WhenAnotherUsersRefreshTokenExpiresLater_ReturnsAccountTaken()
    {
        var almost = new SpotifyLinkBuilder().ForUser("app-user-2").WithAccount("account-1", "spotify-user-1", "Ada")
            .AuthorizedAt(_time.GetUtcNow() - SpotifyLink.RefreshTokenLifetime + TimeSpan.FromMinutes(1)).Build();
        _links.With(almost);

        var result = await Handle(new ExchangeCodeCommand(Code, State, null));

        result.Error.Should().Be(ExchangeCodeCommandHandler.AccountTaken);
        _links.Links.Should().ContainSingle().Which.Should().BeSameAs(almost);
    }

    [Fact]
    public async Task Handle_WhenTheStaleLinkChangesBeforeItIsDeleted_ReturnsAccountTakenAndDeletesNothingElse()
    {
        var stale = new SpotifyLinkBuilder().ForUser("app-user-2").WithAccount("account-1", "spotify-user-1", "Ada").NeedingReconnect().Build();
        _links.With(stale);
        _history.With("app-user-2", new RankSnapshot(TopListKind.Tracks, TimeRange.ShortTerm, new DateOnly(2026, 1, 14), ["a"]));
        _remover.LinkChanges = true;

        var result = await Handle(new ExchangeCodeCommand(Code, State, null));

        result.Error.Should().Be(ExchangeCodeCommandHandler.AccountTaken);
        _links.Links.Should().ContainSingle().Which.Should().BeSameAs(stale);
        _links.Saved.Should().BeEmpty();
        (await _history.ListAsync("app-user-2", TopListKind.Tracks, TimeRange.ShortTerm, TestContext.Current.CancellationToken)).Should().ContainSingle();
        _exports.DeletedUsers.Should().BeEmpty();
        _cache.ForgottenUsers.Should().BeEmpty();
    }

    [Fact]
    public async Task Handle_WhenStoreRejectsTheSave_ReturnsAccountTaken()
    {
        _links.RejectSaves = true;

        var result = await Handle(new ExchangeCodeCommand(Code, State, null));

        result.Error.Should().Be(ExchangeCodeCommandHandler.AccountTaken);
        _links.Links.Should().BeEmpty();
    }

    [Fact]
    public async Task Handle_WhenStoreRejectsTheSaveOfAReconnect_ReturnsAccountTakenAndKeepsTheLink()
    {
        var existing = new SpotifyLinkBuilder().WithAccount("account-1", "spotify-user-1", "Ada").NeedingReconnect().Build();
        _links.With(existing);
        _links.RejectSaves = true;

        var result = await Handle(new ExchangeCodeCommand(Code, State, null));

        result.Error.Should().Be(ExchangeCodeCommandHandler.AccountTaken);
        _links.Links.Should().ContainSingle().Which.Should().BeSameAs(existing);
        _remover.Deletes.Should().BeEmpty();
        _cache.ForgottenUsers.Should().BeEmpty();
    }

    [Fact]
    public async Task Handle_WhenRelinkingToAnotherSpotifyAccount_DeletesHistoryAndSavedPlaylistsOfTheOldOne()
    {
        _links.With(new SpotifyLinkBuilder().WithAccount("old-account", "old-user", "Old").Build());
        _history.With(FakeCurrentUser.DefaultId, new RankSnapshot(TopListKind.Tracks, TimeRange.ShortTerm, new DateOnly(2026, 1, 14), ["a", "b"]));
        _profiles.Profile = new SpotifyProfileDto("new-account", "new-user", "New", null, null);

        var result = await Handle(new ExchangeCodeCommand(Code, State, null));

        result.IsSuccess.Should().BeTrue();
        (await _history.ListAsync(FakeCurrentUser.DefaultId, TopListKind.Tracks, TimeRange.ShortTerm, TestContext.Current.CancellationToken))
            .Should().BeEmpty();
        _exports.DeletedUsers.Should().Equal(FakeCurrentUser.DefaultId);
        _cache.ForgottenUsers.Should().Equal(FakeCurrentUser.DefaultId);
        _links.Links.Should().ContainSingle().Which.Account.AccountKey.Should().Be("new-account");
    }

    [Fact]
    public async Task Handle_WhenRelinkingTheSameSpotifyAccount_KeepsItsHistory()
    {
        _links.With(new SpotifyLinkBuilder().WithAccount("account-1", "spotify-user-1", "Ada").Build());
        _history.With(FakeCurrentUser.DefaultId, new RankSnapshot(TopListKind.Tracks, TimeRange.ShortTerm, new DateOnly(2026, 1, 14), ["a", "b"]));

        await Handle(new ExchangeCodeCommand(Code, State, null));

        (await _history.ListAsync(FakeCurrentUser.DefaultId, TopListKind.Tracks, TimeRange.ShortTerm, TestContext.Current.CancellationToken))
            .Should().ContainSingle();
        _exports.DeletedUsers.Should().BeEmpty();
    }

    [Fact]
    public async Task Handle_WhenAccountIsLinkedToAnotherUser_KeepsTheCacheOfTheCaller()
    {
        _links.With(new SpotifyLinkBuilder().ForUser("app-user-2").WithAccount("account-1", "spotify-user-1", "Ada").Build());

        await Handle(new ExchangeCodeCommand(Code, State, null));

        _cache.ForgottenUsers.Should().BeEmpty();
    }

    [Fact]
    public async Task Handle_WhenExchangeFails_ReturnsItsErrorAndSavesNothing()
    {
        var upstream = Error.Upstream("spotify.token_failed", "Spotify is unavailable.");
        _accounts.ExchangeResult = upstream;

        var result = await Handle(new ExchangeCodeCommand(Code, State, null));

        result.Error.Should().BeSameAs(upstream);
        _profiles.AccessTokensUsed.Should().BeEmpty();
        _links.Saved.Should().BeEmpty();
    }

    private async Task<Result<LinkedDto>> Handle(ExchangeCodeCommand command) =>
        await new ExchangeCodeCommandHandler(
            _currentUser, _pending, _accounts, _profiles, _links, _cache, new SpotifyDataEraser(_history, _exports, _remover, _unitOfWork, _cache), _time)
            .Handle(command, TestContext.Current.CancellationToken);
}
