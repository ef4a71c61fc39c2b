using CleanSpotify.Application.Listening.ImportDataExport;
using CleanSpotify.Domain.Listening;

namespace CleanSpotify.UnitTests.Application.Listening;

/// <summary>When two plays are the same play: same track, end times within 15 s (60 s with Account data).</summary>
public sealed class PlayMatchingTests
{
    private static readonly DateTimeOffset End = new(2021, 5, 6, 7, 8, 9, TimeSpan.Zero);

    [Theory]
    [InlineData(PlaySource.Extended, PlaySource.Extended, 15_000, true)]
    [InlineData(PlaySource.Extended, PlaySource.Recent, 15_001, false)]
    [InlineData(PlaySource.AccountData, PlaySource.Extended, 60_000, true)]
    [InlineData(PlaySource.Recent, PlaySource.AccountData, -60_001, false)]
    public void IsSamePlay_AtTheToleranceBoundaries(PlaySource a, PlaySource b, int offsetMs, bool same) =>
        PlayMatching.IsSamePlay(Play("id", "Song", "Band", End, a), Play("id", "Song", "Band", End.AddMilliseconds(offsetMs), b)).Should().Be(same);

    [Fact]
    public void IsSamePlay_NeverMergesDifferentTracks()
    {
        PlayMatching.IsSamePlay(Play("a", "Song", "Band", End), Play("b", "Song", "Band", End)).Should().BeFalse("ids differ");
        PlayMatching.IsSamePlay(Play(null, "Song", "Band", End), Play(null, "Song", "Other Band", End)).Should().BeFalse("artists differ");
        PlayMatching.IsSamePlay(Play(null, "Song", "Band", End), Play(null, "song", "Band", End)).Should().BeFalse("names match exactly");
        PlayMatching.IsSamePlay(Play(null, "Song", "Band", End), Play("a", "Song", "Band", End)).Should().BeTrue("without an id, names decide");
    }

    [Theory]
    [InlineData("my_spotify_data.zip", "my_spotify_data.zip")]
    [InlineData("../../etc/passwd", "passwd")]
    [InlineData("C:\\Users\\me\\StreamingHistory0.json", "StreamingHistory0.json")]
    [InlineData("bad\u0000name\n.json", "badname.json")]
    [InlineData("", "upload")]
    [InlineData(null, "upload")]
    public void DisplayName_KeepsTheLastSegmentWithoutControlCharacters(string? sent, string shown) =>
        CleanSpotify.Application.Listening.ImportDataExport.StartImport.StartImportCommandHandler.DisplayName(sent).Should().Be(shown);

    [Fact]
    public void ImportCounts_Add_SumsCountersAndWidensThePeriod()
    {
        var a = new ImportCounts { RowsRead = 2, PlaysAdded = 1, Skipped = new Dictionary<ImportSkipReason, long> { [ImportSkipReason.Podcast] = 1 }, FirstPlayAt = End, LastPlayAt = End };
        var b = new ImportCounts { RowsRead = 3, DuplicatesSkipped = 2, Skipped = new Dictionary<ImportSkipReason, long> { [ImportSkipReason.Podcast] = 2, [ImportSkipReason.Video] = 1 }, FirstPlayAt = End.AddDays(-1), LastPlayAt = End.AddDays(1) };

        var sum = a.Add(b).Add(ImportCounts.None);

        sum.RowsRead.Should().Be(5);
        sum.PlaysAdded.Should().Be(1);
        sum.DuplicatesSkipped.Should().Be(2);
        sum.Skipped.Should().BeEquivalentTo(new Dictionary<ImportSkipReason, long> { [ImportSkipReason.Podcast] = 3, [ImportSkipReason.Video] = 1 });
        sum.FirstPlayAt.Should().Be(End.AddDays(-1));
        sum.LastPlayAt.Should().Be(End.AddDays(1));
    }

    private static Play Play(string? id, string name, string artist, DateTimeOffset end, PlaySource source = PlaySource.Extended) =>
        new(id, name, [artist], "Album", end, 100_000, msPlayedEstimated: false, source);
}
