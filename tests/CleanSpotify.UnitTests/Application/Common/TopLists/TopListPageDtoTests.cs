using CleanSpotify.Application.Common.TopLists;
using CleanSpotify.UnitTests.Application.Fakes;
using CleanSpotify.Domain.History;
using CleanSpotify.Domain.Tracks;

namespace CleanSpotify.UnitTests.Application.Common.TopLists;

public sealed class TopListPageDtoTests
{
    [Theory]
    [InlineData(0, 1, 0, false, false)]
    [InlineData(50, 1, 1, false, false)]
    [InlineData(51, 1, 2, true, false)]
    [InlineData(120, 2, 3, true, true)]
    [InlineData(120, 3, 3, false, true)]
    public void PageCount_ForTotalAndPage_AlsoDrivesHasNextAndHasPrevious(
        int total, int page, int expectedPageCount, bool expectedHasNext, bool expectedHasPrevious)
    {
        var dto = Page(page, total, []);

        dto.PageCount.Should().Be(expectedPageCount);
        dto.HasNext.Should().Be(expectedHasNext);
        dto.HasPrevious.Should().Be(expectedHasPrevious);
    }

    [Theory]
    [InlineData(120, 4, 0, true)]
    [InlineData(120, 3, 20, false)]
    [InlineData(0, 1, 0, false)]
    public void IsPastTheEnd_ForItemsAndTotal_IsTrueOnlyForAnEmptyPageOfANonEmptyList(int total, int page, int items, bool expected)
    {
        var dto = Page(page, total, Enumerable.Range(1, items).Select(i => $"item{i}").ToArray());

        dto.IsPastTheEnd.Should().Be(expected);
    }

    private static TopListPageDto<string> Page(int page, int total, string[] items) =>
        new(
            TimeRange.MediumTerm,
            page,
            TopListPageReader.PageSize,
            total,
            items,
            items.Select(_ => RankChange.NoHistory).ToArray(),
            ApplicationHost.Start,
            null);
}
