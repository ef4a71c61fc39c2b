using System.Text;
using CleanSpotify.Application.Listening.ImportDataExport;
using CleanSpotify.Domain.Listening;
using CleanSpotify.Infrastructure.Import;
using CleanSpotify.Tests.Shared;

namespace CleanSpotify.Infrastructure.IntegrationTests;

/// <summary>
/// Both export formats as Spotify writes them (current and older field names, nulls, podcasts, audiobooks, videos,
/// local files, offline rows sharing one <c>ts</c>), and files that are cut short or are not an export at all.
/// </summary>
public sealed class DataExportParserTests
{
    private static readonly DateTimeOffset Noon = new(2019, 3, 4, 12, 0, 5, TimeSpan.Zero);

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Extended_CurrentAndOlderFieldNames_GiveExactPlaysWithTheTrackIdFromTheUri()
    {
        var json = DataExportFiles.Json(
        [
            DataExportFiles.Extended(Noon, "4uLU6hMCjMI75M1A2tKUQC", "Never Gonna Give You Up", "Rick Astley", 213_000),
            DataExportFiles.Extended(Noon.AddMinutes(4), "7GhIk7Il098yCjg4BQjzvb", "Take On Me", "a-ha", 1_500, older: true),
        ]);

        var rows = await ParseAsync(json, "Streaming_History_Audio_2019_0.json", DataExportFileKind.Extended);

        rows.Should().HaveCount(2).And.OnlyContain(r => r.Skipped == null);
        var first = rows[0].Play!;
        first.TrackId.Should().Be("4uLU6hMCjMI75M1A2tKUQC");
        first.TrackName.Should().Be("Never Gonna Give You Up");
        first.ArtistNames.Should().Equal("Rick Astley");
        first.AlbumName.Should().Be("An Album");
        first.PlayedAt.Should().Be(Noon);
        first.MsPlayed.Should().Be(213_000);
        first.MsPlayedEstimated.Should().BeFalse();
        first.Source.Should().Be(PlaySource.Extended);
        rows[1].Play!.MsPlayed.Should().Be(1_500, "a skipped play keeps its real, short time listened");
        rows.Select(r => r.Number).Should().Equal(1, 2);
    }

    [Fact]
    public async Task Extended_PodcastsAudiobooksLocalFilesZeroMsAndNulls_AreCountedAndSkipped()
    {
        var podcast = DataExportFiles.Extended(Noon, null, null, null);
        podcast["episode_name"] = "Episode 1";
        podcast["episode_show_name"] = "A Show";
        podcast["spotify_episode_uri"] = "spotify:episode:abc";
        var audiobook = DataExportFiles.Extended(Noon, null, null, null);
        audiobook["audiobook_title"] = "A Book";
        audiobook["audiobook_uri"] = "spotify:audiobook:abc";
        var local = DataExportFiles.Extended(Noon, null, "My Demo", "Me");
        var allNulls = new Dictionary<string, object?> { ["ts"] = "2019-03-04T12:00:05Z", ["ms_played"] = null };
        var json = DataExportFiles.Json(
        [
            podcast,
            audiobook,
            local,
            DataExportFiles.Extended(Noon, "0000000000000000000001", "Silence", "Nobody", 0),
            allNulls,
            DataExportFiles.Extended(Noon, "0000000000000000000002", "Kept", "Somebody"),
        ]);

        var rows = await ParseAsync(json, "endsong_0.json", DataExportFileKind.Extended);

        rows.Select(r => r.Skipped).Should().Equal(
            ImportSkipReason.Podcast, ImportSkipReason.Audiobook, ImportSkipReason.LocalFile, ImportSkipReason.ZeroMsPlayed, ImportSkipReason.Invalid, null);
        rows[5].Play!.TrackName.Should().Be("Kept");
    }

    [Fact]
    public async Task Extended_VideoFile_EveryRowIsSkippedAsVideo()
    {
        var json = DataExportFiles.Json([DataExportFiles.Extended(Noon, "0000000000000000000003", "A Clip", "Someone")]);

        var rows = await ParseAsync(json, "Streaming_History_Video_2019-2020.json", DataExportFileKind.ExtendedVideo);

        rows.Should().ContainSingle().Which.Skipped.Should().Be(ImportSkipReason.Video);
    }

    [Fact]
    public async Task Extended_OfflineRowsSharingOneTs_AreSeparatePlays()
    {
        var json = DataExportFiles.Json(
        [
            DataExportFiles.Extended(Noon, "0000000000000000000004", "Offline One", "Band"),
            DataExportFiles.Extended(Noon, "0000000000000000000005", "Offline Two", "Band"),
            DataExportFiles.Extended(Noon, "0000000000000000000006", "Offline Three", "Band"),
        ]);

        var rows = await ParseAsync(json, "Streaming_History_Audio_2019_1.json", DataExportFileKind.Extended);

        rows.Select(r => r.Play!.TrackId).Should().OnlyHaveUniqueItems().And.HaveCount(3);
        rows.Select(r => r.Play!.PlayedAt).Distinct().Should().ContainSingle();
    }

    [Fact]
    public async Task AccountData_CurrentAndOlderFiles_GiveMinutePrecisionPlaysByName()
    {
        var json = DataExportFiles.Json(
        [
            DataExportFiles.Account(new DateTimeOffset(2024, 1, 2, 21, 7, 0, TimeSpan.Zero), "Daft Punk", "One More Time", 320_000),
            DataExportFiles.Account(Noon, "Unknown Artist", "Unknown Track"),
            DataExportFiles.Account(Noon, "Daft Punk", "Aerodynamic", 0),
            new() { ["endTime"] = "2024-01-02 21:09", ["artistName"] = null, ["trackName"] = null, ["msPlayed"] = 1000 },
        ]);

        var current = await ParseAsync(json, "StreamingHistory_music_0.json", DataExportFileKind.AccountData);
        var older = await ParseAsync(json, "StreamingHistory0.json", DataExportFileKind.AccountData);

        older.Should().BeEquivalentTo(current);
        var play = current[0].Play!;
        play.TrackId.Should().BeNull();
        play.TrackName.Should().Be("One More Time");
        play.ArtistNames.Should().Equal("Daft Punk");
        play.AlbumName.Should().BeEmpty();
        play.PlayedAt.Should().Be(new DateTimeOffset(2024, 1, 2, 21, 7, 0, TimeSpan.Zero));
        play.MsPlayed.Should().Be(320_000);
        play.Source.Should().Be(PlaySource.AccountData);
        current.Skip(1).Select(r => r.Skipped).Should().Equal(ImportSkipReason.LocalFile, ImportSkipReason.ZeroMsPlayed, ImportSkipReason.Invalid);
    }

    [Fact]
    public async Task AccountData_PodcastFile_IsCountedAndSkipped()
    {
        var json = """[{"endTime":"2024-01-02 21:07","podcastName":"A Show","episodeName":"Ep 1","msPlayed":60000}]""";

        var rows = await ParseAsync(json, "StreamingHistory_podcast_0.json", DataExportFileKind.AccountDataPodcast);

        rows.Should().ContainSingle().Which.Skipped.Should().Be(ImportSkipReason.Podcast);
    }

    [Fact]
    public async Task TruncatedJson_ThrowsWithTheFileNameRowAndLine()
    {
        var json = DataExportFiles.Json(Enumerable.Range(0, 5).Select(i => DataExportFiles.Extended(Noon.AddMinutes(i), "0000000000000000000007", "Song", "Band")));
        var cut = json[..(json.Length * 7 / 10)];

        var act = () => ParseAsync(cut, "Streaming_History_Audio_2019_2.json", DataExportFileKind.Extended);

        var error = (await act.Should().ThrowAsync<DataExportFileException>()).Which;
        error.FileName.Should().Be("Streaming_History_Audio_2019_2.json");
        error.Row.Should().Be(4);
        error.Message.Should().Contain("Streaming_History_Audio_2019_2.json is cut short or is not valid JSON at row 4 (line ");
    }

    [Theory]
    [InlineData("""{"ts":"2019-03-04T12:00:05Z"}""")]
    [InlineData("""[{"name":"not a play"}]""")]
    [InlineData("""[1, 2, 3]""")]
    public async Task NotAStreamingHistory_IsRejectedNamingTheFile(string json)
    {
        var act = () => ParseAsync(json, "Userdata.json", DataExportFileKind.Unnamed);

        (await act.Should().ThrowAsync<DataExportFileException>()).Which.Message.Should().StartWith("Userdata.json ");
    }

    [Theory]
    [InlineData("MyData/StreamingHistory_music_0.json", DataExportFileKind.AccountData)]
    [InlineData("MyData/StreamingHistory3.json", DataExportFileKind.AccountData)]
    [InlineData("MyData/StreamingHistory_podcast_0.json", DataExportFileKind.AccountDataPodcast)]
    [InlineData("Spotify Extended Streaming History/Streaming_History_Audio_2014-2016_0.json", DataExportFileKind.Extended)]
    [InlineData("Spotify Extended Streaming History/Streaming_History_Video_2019-2024.json", DataExportFileKind.ExtendedVideo)]
    [InlineData("MyData/endsong_12.json", DataExportFileKind.Extended)]
    [InlineData("Streaming_History_Audio_2024_3.json", DataExportFileKind.Extended)]
    [InlineData("MyData/Userdata.json", null)]
    [InlineData("MyData/Identity.json", null)]
    [InlineData("Spotify Extended Streaming History/ReadMeFirst_ExtendedStreamingHistory.pdf", null)]
    public void Classify_TellsStreamingHistoryFilesFromTheRestByName(string name, DataExportFileKind? kind) =>
        DataExportLayout.Classify(name).Should().Be(kind);

    private static async Task<List<DataExportRow>> ParseAsync(string json, string name, DataExportFileKind kind)
    {
        await using var stream = new MemoryStream(Encoding.UTF8.GetBytes(json));
        var rows = new List<DataExportRow>();
        await foreach (var row in ExportJsonParser.ReadAsync(stream, name, kind, Ct))
        {
            rows.Add(row);
        }

        return rows;
    }
}
