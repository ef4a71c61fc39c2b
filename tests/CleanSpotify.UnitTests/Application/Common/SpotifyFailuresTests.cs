using CleanSpotify.Application.Abstractions;
using CleanSpotify.Application.Common.Results;

namespace CleanSpotify.UnitTests.Application.Common;

/// <summary>The catalogue adapters pick from: the wait comes from Spotify, the sentence and the kind from here.</summary>
public sealed class SpotifyFailuresTests
{
    private static readonly DateTimeOffset RetryAt = new(2026, 12, 7, 4, 30, 0, TimeSpan.Zero);

    [Theory]
    [InlineData(true, "This site has used up its Spotify quota for now.")]
    [InlineData(false, "Spotify is receiving too many requests from this site right now.")]
    public void RateLimited_QuotaOrRate_KeepsTheCodeAndTheWaitAndSaysWhich(bool quotaExceeded, string message)
    {
        var error = SpotifyFailures.RateLimited(RetryAt, quotaExceeded);

        error.Code.Should().Be("spotify.rate_limited");
        error.Kind.Should().Be(ErrorKind.RateLimited);
        error.RetryAt.Should().Be(RetryAt);
        error.Message.Should().Be(message);
    }

    [Fact]
    public void BudgetSpent_PausesOnlyThatUserUntilTheBudgetRefills()
    {
        var error = SpotifyFailures.BudgetSpent(RetryAt);

        error.Code.Should().Be("spotify.user_budget_spent");
        error.Kind.Should().Be(ErrorKind.Throttled);
        error.RetryAt.Should().Be(RetryAt);
        error.Message.Should().Contain("Only your account is affected");
    }

    [Fact]
    public void CodeRejected_OffersToStartLinkingAgain()
    {
        SpotifyFailures.CodeRejected.Code.Should().Be("link.code_rejected");
        SpotifyFailures.CodeRejected.LinkProblem.Should().Be(LinkProblem.StartAgain);
    }
}
