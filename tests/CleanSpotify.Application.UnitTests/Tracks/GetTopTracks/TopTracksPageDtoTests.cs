using CleanSpotify.Application.Tracks.GetTopTracks;
using CleanSpotify.Domain.Tracks;

namespace CleanSpotify.Application.UnitTests.Tracks.GetTopTracks;

public sealed class TopTracksPageDtoTests
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
        var dto = new TopTracksPageDto(TimeRange.MediumTerm, page, GetTopTracksQuery.PageSize, total, []);

        dto.PageCount.Should().Be(expectedPageCount);
        dto.HasNext.Should().Be(expectedHasNext);
        dto.HasPrevious.Should().Be(expectedHasPrevious);
    }
}
