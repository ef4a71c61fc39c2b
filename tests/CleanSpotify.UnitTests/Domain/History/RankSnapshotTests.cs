using CleanSpotify.Domain.History;
using CleanSpotify.Domain.Tracks;

namespace CleanSpotify.UnitTests.Domain.History;

public sealed class RankSnapshotTests
{
    private static readonly DateOnly Day = new(2026, 1, 15);

    [Fact]
    public void RankOf_ForRecordedItems_IsTheOneBasedPosition()
    {
        var snapshot = Snapshot("a", "b", "c");

        snapshot.RankOf("a").Should().Be(1);
        snapshot.RankOf("b").Should().Be(2);
        snapshot.RankOf("c").Should().Be(3);
    }

    [Theory]
    [InlineData("d")]
    [InlineData("A")]
    [InlineData("a ")]
    public void RankOf_ForAnItemNotRecorded_IsNull(string itemId)
    {
        Snapshot("a", "b", "c").RankOf(itemId).Should().BeNull();
    }

    [Fact]
    public void RankOf_ForAnItemRecordedAfterUnknownSlots_CountsTheUnknownSlots()
    {
        var snapshot = Snapshot(RankSnapshot.Unknown, RankSnapshot.Unknown, "c");

        snapshot.RankOf("c").Should().Be(3);
    }

    [Theory]
    [InlineData(1, true)]
    [InlineData(3, true)]
    [InlineData(0, false)]
    [InlineData(-1, false)]
    [InlineData(4, false)]
    public void Covers_ForPositionsInOrOutsideTheList_IsTrueOnlyInside(int rank, bool expected)
    {
        Snapshot("a", "b", "c").Covers(rank).Should().Be(expected);
    }

    [Fact]
    public void Covers_ForAnUnknownSlot_IsFalse()
    {
        var snapshot = Snapshot("a", RankSnapshot.Unknown, "c");

        snapshot.Covers(1).Should().BeTrue();
        snapshot.Covers(2).Should().BeFalse();
        snapshot.Covers(3).Should().BeTrue();
    }

    [Fact]
    public void WithPage_AtOffsetZeroOfAnEmptySnapshot_RecordsThePageInOrder()
    {
        var snapshot = Snapshot().WithPage(0, ["a", "b"]);

        snapshot.ItemIds.Should().Equal("a", "b");
        snapshot.RankOf("b").Should().Be(2);
    }

    [Fact]
    public void WithPage_PastTheRecordedPart_GrowsWithUnknownSlotsUpToTheOffset()
    {
        var snapshot = Snapshot("a").WithPage(3, ["d", "e"]);

        snapshot.ItemIds.Should().Equal("a", RankSnapshot.Unknown, RankSnapshot.Unknown, "d", "e");
        snapshot.Covers(2).Should().BeFalse();
        snapshot.Covers(3).Should().BeFalse();
        snapshot.RankOf("d").Should().Be(4);
    }

    [Fact]
    public void WithPage_ForAnAlreadyRecordedPage_OverwritesItAndKeepsTheRest()
    {
        var snapshot = Snapshot("a", "b", "c", "d").WithPage(1, ["x", "y"]);

        snapshot.ItemIds.Should().Equal("a", "x", "y", "d");
        snapshot.RankOf("b").Should().BeNull();
    }

    [Fact]
    public void WithPage_FillingAnUnknownSlot_MakesItCovered()
    {
        var snapshot = Snapshot(RankSnapshot.Unknown, RankSnapshot.Unknown, "c").WithPage(0, ["a", "b"]);

        snapshot.ItemIds.Should().Equal("a", "b", "c");
        snapshot.Covers(1).Should().BeTrue();
    }

    [Fact]
    public void WithPage_Always_LeavesTheOriginalUnchangedAndKeepsKindRangeAndDay()
    {
        var original = new RankSnapshot(TopListKind.Artists, TimeRange.LongTerm, Day, ["a"]);

        var updated = original.WithPage(0, ["z"]);

        original.ItemIds.Should().Equal("a");
        updated.Should().NotBeSameAs(original);
        updated.Kind.Should().Be(TopListKind.Artists);
        updated.Range.Should().Be(TimeRange.LongTerm);
        updated.Day.Should().Be(Day);
    }

    [Fact]
    public void WithPage_WithNegativeOffset_Throws()
    {
        var act = () => Snapshot("a").WithPage(-1, ["b"]);

        act.Should().Throw<ArgumentOutOfRangeException>();
    }

    [Fact]
    public void Constructor_WithoutItemIds_Throws()
    {
        var act = () => new RankSnapshot(TopListKind.Tracks, TimeRange.ShortTerm, Day, null!);

        act.Should().Throw<ArgumentNullException>();
    }

    [Fact]
    public void Retention_Always_IsOneYear()
    {
        RankSnapshot.Retention.Should().Be(TimeSpan.FromDays(365));
    }

    private static RankSnapshot Snapshot(params string[] itemIds) =>
        new(TopListKind.Tracks, TimeRange.MediumTerm, Day, itemIds);
}
