using CleanSpotify.Domain.History;
using CleanSpotify.Domain.Tracks;

namespace CleanSpotify.UnitTests.Domain.History;

public sealed class RankChangeTests
{
    private static readonly RankSnapshot Yesterday = Snapshot("a", "b", "c", "d");

    [Fact]
    public void Between_WithoutPreviousSnapshot_IsNoHistory()
    {
        RankChange.Between(null, "a", 1).Should().Be(RankChange.NoHistory);
        RankChange.NoHistory.Kind.Should().Be(RankChangeKind.NoHistory);
        RankChange.NoHistory.Places.Should().Be(0);
    }

    [Fact]
    public void Between_AtTheSameRank_IsSame()
    {
        RankChange.Between(Yesterday, "b", 2).Should().Be(new RankChange(RankChangeKind.Same, 0));
    }

    [Fact]
    public void Between_WhenClimbing_IsUpByTheDifference()
    {
        RankChange.Between(Yesterday, "d", 1).Should().Be(new RankChange(RankChangeKind.Up, 3));
    }

    [Fact]
    public void Between_WhenFalling_IsDownByTheDifference()
    {
        RankChange.Between(Yesterday, "a", 3).Should().Be(new RankChange(RankChangeKind.Down, 2));
    }

    [Fact]
    public void Between_WhenFallingOutsideThePreviousList_IsStillDown()
    {
        RankChange.Between(Yesterday, "a", 60).Should().Be(new RankChange(RankChangeKind.Down, 59));
    }

    [Fact]
    public void Between_WhenAbsentFromACoveredPosition_IsNew()
    {
        RankChange.Between(Yesterday, "x", 2).Should().Be(new RankChange(RankChangeKind.New, 0));
    }

    [Fact]
    public void Between_WhenAbsentAndThePositionWasNotRecorded_IsNoHistory()
    {
        RankChange.Between(Yesterday, "x", 5).Should().Be(RankChange.NoHistory);
    }

    [Fact]
    public void Between_WhenAbsentAndThePositionIsAnUnknownSlot_IsNoHistory()
    {
        var pageTwoOnly = Snapshot(RankSnapshot.Unknown, RankSnapshot.Unknown, "c");

        RankChange.Between(pageTwoOnly, "x", 1).Should().Be(RankChange.NoHistory);
        RankChange.Between(pageTwoOnly, "x", 3).Kind.Should().Be(RankChangeKind.New);
    }

    [Fact]
    public void Between_WhenPresentInARecordedPageButCurrentPositionUnknown_ComparesTheRanks()
    {
        var pageTwoOnly = Snapshot(RankSnapshot.Unknown, RankSnapshot.Unknown, "c");

        RankChange.Between(pageTwoOnly, "c", 1).Should().Be(new RankChange(RankChangeKind.Up, 2));
    }

    private static RankSnapshot Snapshot(params string[] itemIds) =>
        new(TopListKind.Tracks, TimeRange.ShortTerm, new DateOnly(2026, 1, 14), itemIds);
}
