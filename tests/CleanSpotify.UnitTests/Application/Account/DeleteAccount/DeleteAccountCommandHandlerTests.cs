using CleanSpotify.Application.Abstractions;
using CleanSpotify.Application.Account.DeleteAccount;
using CleanSpotify.Application.Common.Results;
using CleanSpotify.Application.Playlists;
using CleanSpotify.Tests.Shared.Builders;
using CleanSpotify.UnitTests.Application.Fakes;
using CleanSpotify.Domain.History;
using CleanSpotify.Domain.Links;
using CleanSpotify.Domain.Tracks;

namespace CleanSpotify.UnitTests.Application.Account.DeleteAccount;

/// <summary>Through the real pipeline (validation included) with fake ports.</summary>
public sealed class DeleteAccountCommandHandlerTests : IAsyncDisposable
{
    private const string OtherUser = "app-user-2";

    private static readonly DateOnly Day = new(2026, 1, 14);

    private readonly ApplicationHost _host = new();

    public DeleteAccountCommandHandlerTests()
    {
        _host.SiteAccounts.With(Account(FakeCurrentUser.DefaultId)).With(Account(OtherUser));
        _host.Links.With(new SpotifyLinkBuilder().Build());
        _host.Links.With(new SpotifyLinkBuilder().ForUser(OtherUser).WithAccount("account-2", "spotify-user-2", "Bo").Build());
        _host.RankHistory.With(FakeCurrentUser.DefaultId, new RankSnapshot(TopListKind.Tracks, TimeRange.ShortTerm, Day, ["a"]));
        _host.RankHistory.With(OtherUser, new RankSnapshot(TopListKind.Tracks, TimeRange.ShortTerm, Day, ["b"]));
        _host.PlaylistExports.With(Export(FakeCurrentUser.DefaultId)).With(Export(OtherUser));
        _host.PendingAuthorizations.With(new PendingAuthorization("state-1", FakeCurrentUser.DefaultId, "verifier-1", null, ApplicationHost.Start));
        _host.PendingAuthorizations.With(new PendingAuthorization("state-2", OtherUser, "verifier-2", null, ApplicationHost.Start));
    }

    [Fact]
    public async Task Handle_WithTheRightPassword_DeletesEverythingOfTheUserInOneTransactionAndNothingOfOthers()
    {
        var result = await Send(FakePasswordVerifier.Password);

        result.IsSuccess.Should().BeTrue();
        result.Value.HadSpotifyLink.Should().BeTrue();
        _host.UnitOfWork.Transactions.Should().Be(1);
        _host.SiteAccounts.DeletedInTransaction.Should().Equal(true);
        _host.SiteAccounts.Accounts.Select(a => a.Id).Should().Equal(OtherUser);
        _host.Links.Links.Select(l => l.AppUserId).Should().Equal(OtherUser);
        _host.RankHistory.SnapshotOf(FakeCurrentUser.DefaultId, TopListKind.Tracks, TimeRange.ShortTerm, Day).Should().BeNull();
        _host.RankHistory.SnapshotOf(OtherUser, TopListKind.Tracks, TimeRange.ShortTerm, Day).Should().NotBeNull();
        _host.PlaylistExports.Records.Select(r => r.AppUserId).Should().Equal(OtherUser);
        _host.PendingAuthorizations.OfUser(FakeCurrentUser.DefaultId).Should().BeEmpty();
        _host.PendingAuthorizations.OfUser(OtherUser).Should().ContainSingle();
        _host.ReadCache.ForgottenUsers.Should().Equal(FakeCurrentUser.DefaultId);
        _host.ListeningHistoryStore.DeletedUsers.Should().Equal(FakeCurrentUser.DefaultId);
    }

    [Fact]
    public async Task Handle_WithoutASpotifyLink_DeletesTheAccountAndSaysSo()
    {
        _host.Links.Remove(FakeCurrentUser.DefaultId);

        var result = await Send(FakePasswordVerifier.Password);

        result.Value.HadSpotifyLink.Should().BeFalse();
        _host.SiteAccounts.Accounts.Select(a => a.Id).Should().Equal(OtherUser);
    }

    [Fact]
    public async Task Handle_WithAWrongPassword_ReturnsAValidationErrorAndDeletesNothing()
    {
        var result = await Send("not-the-password");

        result.Error.Should().Be(DeleteAccountCommandHandler.WrongPassword);
        result.Error!.Kind.Should().Be(ErrorKind.Validation);
        result.Error.Message.Should().Contain("nothing was deleted");
        AssertNothingDeleted();
    }

    [Fact]
    public async Task Handle_WhenLockedOut_ReturnsLockedOutAndDeletesNothing()
    {
        _host.Passwords.LockedOut = true;

        var result = await Send(FakePasswordVerifier.Password);

        result.Error.Should().Be(DeleteAccountCommandHandler.LockedOut);
        AssertNothingDeleted();
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    public async Task Handle_WithoutAPassword_FailsValidationBeforeCheckingAnything(string? password)
    {
        var result = await Send(password);

        result.Error!.Kind.Should().Be(ErrorKind.Validation);
        result.Error.FieldErrors.Should().ContainKey(nameof(DeleteAccountCommand.Password));
        _host.Passwords.Checks.Should().BeEmpty();
        AssertNothingDeleted();
    }

    [Fact]
    public void ToString_NeverPrintsThePassword()
    {
        new DeleteAccountCommand("hunter2-secret").ToString().Should().NotContain("hunter2-secret").And.Contain("[redacted]");
    }

    public ValueTask DisposeAsync() => _host.DisposeAsync();

    private async Task<Result<AccountDeletedDto>> Send(string? password) =>
        await _host.Sender.Send(new DeleteAccountCommand(password), TestContext.Current.CancellationToken);

    private void AssertNothingDeleted()
    {
        _host.UnitOfWork.Transactions.Should().Be(0);
        _host.SiteAccounts.Accounts.Should().HaveCount(2);
        _host.Links.Links.Should().HaveCount(2);
        _host.PlaylistExports.Records.Should().HaveCount(2);
        _host.PendingAuthorizations.OfUser(FakeCurrentUser.DefaultId).Should().ContainSingle();
        _host.RankHistory.SnapshotOf(FakeCurrentUser.DefaultId, TopListKind.Tracks, TimeRange.ShortTerm, Day).Should().NotBeNull();
        _host.ReadCache.ForgottenUsers.Should().BeEmpty();
    }

    private static SiteAccount Account(string id) =>
        new(id, $"{id}@example.test", false, $"{id}@example.test", null, false, false, true, null, 0);

    private static PlaylistExport Export(string appUserId) =>
        new(appUserId, Guid.NewGuid(), PlaylistExportStatus.Completed, "Top", 10, "playlist-1", null, ApplicationHost.Start);
}
