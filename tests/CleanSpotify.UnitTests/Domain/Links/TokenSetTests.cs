using CleanSpotify.Domain.Links;
using Microsoft.Extensions.Time.Testing;

namespace CleanSpotify.UnitTests.Domain.Links;

public sealed class TokenSetTests
{
    private static readonly DateTimeOffset Now = new(2026, 1, 15, 12, 0, 0, TimeSpan.Zero);

    private readonly FakeTimeProvider _time = new(Now);

    [Theory]
    [InlineData(61, false)]
    [InlineData(60, true)]
    [InlineData(1, true)]
    [InlineData(0, true)]
    [InlineData(-30, true)]
    public void NeedsRefresh_WithDefaultSkew_IsTrueFromSixtySecondsBeforeExpiry(int secondsLeft, bool expected)
    {
        var tokens = new TokenSet("access", "refresh", Now.AddSeconds(secondsLeft));

        tokens.NeedsRefresh(_time).Should().Be(expected);
    }

    [Theory]
    [InlineData(301, false)]
    [InlineData(300, true)]
    public void NeedsRefresh_WithCustomSkew_UsesThatSkew(int secondsLeft, bool expected)
    {
        var tokens = new TokenSet("access", "refresh", Now.AddSeconds(secondsLeft));

        tokens.NeedsRefresh(_time, TimeSpan.FromMinutes(5)).Should().Be(expected);
    }

    [Theory]
    [InlineData(3600, 60)]
    [InlineData(120, 60)]
    [InlineData(90, 45)]
    [InlineData(30, 15)]
    [InlineData(0, 0)]
    public void RefreshMargin_WithKnownLifetime_IsTheSkewButAtMostHalfTheLifetime(int lifetimeSeconds, int expectedMarginSeconds)
    {
        var tokens = new TokenSet("access", "refresh", Now.AddSeconds(lifetimeSeconds), Now);

        tokens.RefreshMargin.Should().Be(TimeSpan.FromSeconds(expectedMarginSeconds));
    }

    [Fact]
    public void NeedsRefresh_ForATokenLivingLessThanTheSkew_IsFalseRightAfterIssue()
    {
        var tokens = new TokenSet("access", "refresh", Now.AddSeconds(40), Now);

        tokens.NeedsRefresh(_time).Should().BeFalse("a 40-second token renewed 60 s before expiry would be renewed on every use");
        _time.Advance(TimeSpan.FromSeconds(20));
        tokens.NeedsRefresh(_time).Should().BeTrue("half its lifetime has passed");
    }

    [Fact]
    public void RefreshMargin_WithUnknownIssueTime_IsTheDefaultSkew()
    {
        var tokens = new TokenSet("access", "refresh", Now.AddSeconds(30));

        tokens.RefreshMargin.Should().Be(TokenSet.DefaultRefreshSkew);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    public void Refreshed_WithoutNewRefreshToken_KeepsCurrentRefreshToken(string? newRefreshToken)
    {
        var tokens = new TokenSet("access-1", "refresh-1", Now);

        var refreshed = tokens.Refreshed("access-2", newRefreshToken, Now.AddHours(1));

        refreshed.AccessToken.Should().Be("access-2");
        refreshed.RefreshToken.Should().Be("refresh-1");
        refreshed.AccessTokenExpiresAt.Should().Be(Now.AddHours(1));
    }

    [Fact]
    public void Refreshed_WithNewRefreshToken_TakesIt()
    {
        var tokens = new TokenSet("access-1", "refresh-1", Now);

        var refreshed = tokens.Refreshed("access-2", "refresh-2", Now.AddHours(1));

        refreshed.RefreshToken.Should().Be("refresh-2");
        tokens.RefreshToken.Should().Be("refresh-1", "a token set is immutable");
    }

    [Fact]
    public void ToString_Always_HidesTheTokens()
    {
        var tokens = new TokenSet("secret-access-token", "secret-refresh-token", Now);

        var text = tokens.ToString();

        text.Should().NotContain("secret-access-token").And.NotContain("secret-refresh-token");
        text.Should().Contain("AccessTokenExpiresAt");
    }
}
