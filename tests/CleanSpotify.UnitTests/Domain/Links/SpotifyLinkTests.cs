using CleanSpotify.Domain.Links;
using CleanSpotify.Tests.Shared.Builders;
using Microsoft.Extensions.Time.Testing;

namespace CleanSpotify.UnitTests.Domain.Links;

public sealed class SpotifyLinkTests
{
    private static readonly DateTimeOffset AuthorizedAt = SpotifyLinkBuilder.DefaultAuthorizedAt;

    [Fact]
    public void Create_WithConsent_IsLinkedWithTokensScopesAndConsentTime()
    {
        var account = new SpotifyAccount("account-1", "spotify-user-1", "Ada");
        var tokens = new TokenSet("access-1", "refresh-1", AuthorizedAt.AddHours(1));

        var link = SpotifyLink.Create("app-user-1", account, tokens, ["user-top-read", "", "user-top-read", "user-read-private"], AuthorizedAt);

        link.AppUserId.Should().Be("app-user-1");
        link.Account.Should().Be(account);
        link.Status.Should().Be(LinkStatus.Linked);
        link.Tokens.Should().Be(tokens);
        link.AuthorizedAt.Should().Be(AuthorizedAt);
        link.GrantedScopes.Should().Equal("user-top-read", "user-read-private");
        link.Id.Should().NotBeEmpty();
    }

    [Fact]
    public void Authorize_AfterReconnectNeeded_RelinksWithNewTokensScopesAndWindow()
    {
        var link = new SpotifyLinkBuilder().WithScopes("user-top-read", "user-read-private").Build();
        link.MarkNeedsReconnect();
        var later = AuthorizedAt.AddDays(30);
        var tokens = new TokenSet("access-2", "refresh-2", later.AddHours(1));

        link.Authorize(link.Account, tokens, ["user-top-read"], later);

        link.Status.Should().Be(LinkStatus.Linked);
        link.Tokens.Should().Be(tokens);
        link.AuthorizedAt.Should().Be(later);
        link.Summary.RefreshTokenExpiresAt.Should().Be(later.AddDays(182));
        link.GrantedScopes.Should().Equal("user-top-read");
    }

    [Fact]
    public void Summary_IsTheLinkWithoutItsTokensAsItWasWhenTaken()
    {
        var link = new SpotifyLinkBuilder().WithScopes("user-top-read").Build();

        var summary = link.Summary;
        link.MarkNeedsReconnect();

        summary.LinkId.Should().Be(link.Id);
        summary.AppUserId.Should().Be(link.AppUserId);
        summary.Account.Should().Be(link.Account);
        summary.AuthorizedAt.Should().Be(link.AuthorizedAt);
        summary.Status.Should().Be(LinkStatus.Linked);
        summary.GrantedScopes.Should().Equal("user-top-read");
        link.Summary.Status.Should().Be(LinkStatus.NeedsReconnect);
        typeof(SpotifyLinkSummary).GetProperties().Select(p => p.PropertyType).Should().NotContain(typeof(TokenSet));
    }

    [Fact]
    public void ApplyRefresh_WithoutNewRefreshToken_KeepsRefreshTokenAndConsentTime()
    {
        var link = new SpotifyLinkBuilder().WithTokens(new TokenSet("access-1", "refresh-1", AuthorizedAt.AddHours(1))).Build();
        var newExpiry = AuthorizedAt.AddHours(2);

        link.ApplyRefresh("access-2", null, newExpiry);

        link.Tokens!.AccessToken.Should().Be("access-2");
        link.Tokens.RefreshToken.Should().Be("refresh-1");
        link.Tokens.AccessTokenExpiresAt.Should().Be(newExpiry);
        link.AuthorizedAt.Should().Be(AuthorizedAt, "refreshing does not extend the six-month window");
    }

    [Fact]
    public void MarkNeedsReconnect_WhenLinked_DeletesTokensAndKeepsConsentTime()
    {
        var link = new SpotifyLinkBuilder().Build();

        link.MarkNeedsReconnect();

        link.Status.Should().Be(LinkStatus.NeedsReconnect);
        link.Tokens.Should().BeNull();
        link.AuthorizedAt.Should().Be(AuthorizedAt);
    }

    [Fact]
    public void ApplyRefresh_AfterReconnectNeeded_Throws()
    {
        var link = new SpotifyLinkBuilder().Build();
        link.MarkNeedsReconnect();

        var refresh = () => link.ApplyRefresh("access-2", "refresh-2", AuthorizedAt.AddHours(2));

        refresh.Should().Throw<InvalidOperationException>();
        link.Tokens.Should().BeNull();
    }

    [Fact]
    public void RefreshTokenExpiresAt_Always_Is182DaysAfterConsent()
    {
        var link = new SpotifyLinkBuilder().Build();

        link.Summary.RefreshTokenExpiresAt.Should().Be(AuthorizedAt.AddDays(182));
    }

    [Fact]
    public void IsExpiringSoon_AsTimePasses_TurnsTrueAtFiveAndAHalfMonths()
    {
        var time = new FakeTimeProvider(AuthorizedAt);
        var link = new SpotifyLinkBuilder().Build();

        time.Advance(TimeSpan.FromDays(167) - TimeSpan.FromSeconds(1));
        link.Summary.IsExpiringSoon(time.GetUtcNow()).Should().BeFalse();

        time.Advance(TimeSpan.FromSeconds(1));
        link.Summary.IsExpiringSoon(time.GetUtcNow()).Should().BeTrue();
    }

    [Fact]
    public void IsExpiringSoon_FromTheRefreshTokenExpiryOn_IsFalse()
    {
        var time = new FakeTimeProvider(AuthorizedAt);
        var link = new SpotifyLinkBuilder().Build();

        time.Advance(TimeSpan.FromDays(182) - TimeSpan.FromSeconds(1));
        link.Summary.IsExpiringSoon(time.GetUtcNow()).Should().BeTrue("the last second before expiry still warns");

        time.Advance(TimeSpan.FromSeconds(1));
        link.Summary.IsExpiringSoon(time.GetUtcNow()).Should().BeFalse("at the expiry the link has expired, not expiring soon");

        time.Advance(TimeSpan.FromDays(30));
        link.Summary.IsExpiringSoon(time.GetUtcNow()).Should().BeFalse();
    }

    [Fact]
    public void RestoreTokens_AfterReconnectNeeded_RelinksWithThoseTokensAndKeepsConsent()
    {
        var link = new SpotifyLinkBuilder().WithScopes("user-top-read", "user-read-private").Build();
        link.MarkNeedsReconnect();
        var refreshed = new TokenSet("access-2", "refresh-2", AuthorizedAt.AddDays(3));

        link.RestoreTokens(refreshed);

        link.Status.Should().Be(LinkStatus.Linked);
        link.Tokens.Should().BeSameAs(refreshed);
        link.AuthorizedAt.Should().Be(AuthorizedAt, "restoring is not a new consent");
        link.Summary.RefreshTokenExpiresAt.Should().Be(AuthorizedAt.AddDays(182));
        link.GrantedScopes.Should().Equal("user-top-read", "user-read-private");
    }

    [Fact]
    public void RestoreTokens_WhenLinked_ReplacesTheTokens()
    {
        var link = new SpotifyLinkBuilder().Build();
        var refreshed = new TokenSet("access-2", "refresh-2", AuthorizedAt.AddDays(3));

        link.RestoreTokens(refreshed);

        link.Tokens.Should().BeSameAs(refreshed);
        link.Status.Should().Be(LinkStatus.Linked);
    }

    [Fact]
    public void RestoreTokens_WithoutTokens_ThrowsAndKeepsTheReconnectState()
    {
        var link = new SpotifyLinkBuilder().Build();
        link.MarkNeedsReconnect();

        var restore = () => link.RestoreTokens(null!);

        restore.Should().Throw<ArgumentNullException>();
        link.Status.Should().Be(LinkStatus.NeedsReconnect);
        link.Tokens.Should().BeNull();
    }

    [Fact]
    public void IsExpiringSoon_WhenReconnectNeeded_IsFalse()
    {
        var link = new SpotifyLinkBuilder().Build();
        link.MarkNeedsReconnect();

        link.Summary.IsExpiringSoon(AuthorizedAt.AddDays(170)).Should().BeFalse();
    }

    [Theory]
    [InlineData("user-top-read", true)]
    [InlineData("USER-TOP-READ", false)]
    [InlineData("playlist-read-private", false)]
    public void HasScope_ForGrantedOrOtherScope_MatchesOrdinally(string scope, bool expected)
    {
        var link = new SpotifyLinkBuilder().WithScopes("user-top-read").Build();

        link.Summary.HasScope(scope).Should().Be(expected);
    }

    [Fact]
    public void IsFor_WithSameOrOtherAccountKey_MatchesOnAccountKeyOnly()
    {
        var link = new SpotifyLinkBuilder().WithAccount(new SpotifyAccount("account-1", "spotify-user-1", "Ada")).Build();

        link.IsFor(new SpotifyAccount("account-1", "other-user-id", "Someone")).Should().BeTrue();
        link.IsFor(new SpotifyAccount("account-2", "spotify-user-1", "Ada")).Should().BeFalse();
    }

    [Fact]
    public void NeedsReconnectAt_HealthyLinkBeforeRefreshTokenExpiry_IsFalse()
    {
        var link = new SpotifyLinkBuilder().Build();

        link.Summary.NeedsReconnectAt(link.Summary.RefreshTokenExpiresAt.AddTicks(-1)).Should().BeFalse();
    }

    [Fact]
    public void NeedsReconnectAt_RefreshTokenExpired_IsTrue()
    {
        var link = new SpotifyLinkBuilder().Build();

        link.Summary.NeedsReconnectAt(link.Summary.RefreshTokenExpiresAt).Should().BeTrue();
    }

    [Fact]
    public void NeedsReconnectAt_TokensRefused_IsTrue()
    {
        var link = new SpotifyLinkBuilder().Build();
        link.MarkNeedsReconnect();

        link.Summary.NeedsReconnectAt(AuthorizedAt).Should().BeTrue();
    }
}
