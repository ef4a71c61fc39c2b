using CleanSpotify.Benchmarks.Seeding;

namespace CleanSpotify.UnitTests.Benchmarks;

public sealed class PlayPlanTests
{
    private static readonly DateTimeOffset End = new(2026, 12, 7, 0, 0, 0, TimeSpan.Zero);

    [Fact]
    public void PlaysOf_FullPlan_HeavyListenerHas300000AndEveryUserTogether10Million()
    {
        var plan = PlayPlan.Full(End);

        var counts = Enumerable.Range(0, plan.Users).Select(plan.PlaysOf).ToArray();

        counts[0].Should().Be(300_000);
        counts.Sum(c => (long)c).Should().Be(10_000_000);
        counts.Skip(1).Max().Should().BeLessThanOrEqualTo(counts.Skip(1).Min() + 1, "the others share the rest evenly");
    }

    [Fact]
    public void PlaysOf_QuickPlan_HeavyListenerHas100000AndEveryUserTogether1Million()
    {
        var plan = PlayPlan.Quick(End);

        Enumerable.Range(0, plan.Users).Sum(user => (long)plan.PlaysOf(user)).Should().Be(1_000_000);
        plan.PlaysOf(0).Should().Be(100_000);
    }

    [Fact]
    public void PlaysFor_HeavyListener_GeneratesItsExactCountOverTenYearsWithoutRepeatingAMillisecond()
    {
        var plan = PlayPlan.Quick(End);

        var plays = plan.PlaysFor(0).ToArray();

        plays.Should().HaveCount(plan.PlaysOf(0));
        plays.Select(p => p.PlayedAtMs).Should().BeInAscendingOrder().And.OnlyHaveUniqueItems();
        plays[0].PlayedAtMs.Should().BeGreaterThanOrEqualTo(End.AddYears(-10).ToUnixTimeMilliseconds());
        plays[^1].PlayedAtMs.Should().BeLessThan(End.ToUnixTimeMilliseconds());
        (plays[^1].PlayedAtMs - plays[0].PlayedAtMs).Should().BeGreaterThan((long)TimeSpan.FromDays(3640).TotalMilliseconds);
    }

    [Fact]
    public void PlaysFor_AnyUser_GivesCatalogueTracksAndBothShortPlaysAndStreams()
    {
        var plays = PlayPlan.Quick(End).PlaysFor(17).ToArray();

        plays.Should().OnlyContain(p => p.Track >= 0 && p.Track < PlayPlan.CatalogueTracks && p.MsPlayed > 0 && p.MsPlayed <= PlayPlan.LongestPlayMs);
        plays.Count(p => p.MsPlayed < 30_000).Should().BeInRange(plays.Length / 10, plays.Length / 5, "about one play in seven is skipped");
        plays.Select(p => p.Track).Distinct().Count().Should().BeGreaterThan(plays.Length / 4, "users listen to many tracks");
    }

    [Fact]
    public void PlaysFor_SameUserTwice_GivesTheSamePlays() =>
        PlayPlan.Quick(End).PlaysFor(3).Should().Equal(PlayPlan.Quick(End).PlaysFor(3));

    [Fact]
    public void PlaysFor_TwoUsers_GiveDifferentPlays() =>
        PlayPlan.Quick(End).PlaysFor(3).Should().NotEqual(PlayPlan.Quick(End).PlaysFor(4));

    [Fact]
    public void FromMarker_OwnMarker_GivesThePlanBack() =>
        PlayPlan.FromMarker(PlayPlan.Full(End).Marker).Should().Be(PlayPlan.Full(End));

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("some other comment")]
    [InlineData("cleanspotify-bench plays v1: users=10")]
    public void FromMarker_SomethingElse_GivesNull(string? marker) =>
        PlayPlan.FromMarker(marker).Should().BeNull();
}
