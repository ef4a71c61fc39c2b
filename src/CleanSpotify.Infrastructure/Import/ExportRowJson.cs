using System.Text.Json.Serialization;

namespace CleanSpotify.Infrastructure.Import;

/// <summary>
/// One row of either export format, with only the fields the import uses; everything else in a row (IP addresses,
/// user agents, user names, platform, country…) is never read into memory as a value. All fields may be missing or null.
/// </summary>
internal sealed class ExportRowJson
{
    [JsonPropertyName("ts")]
    public string? Ts { get; init; }

    [JsonPropertyName("ms_played")]
    public long? MsPlayedExtended { get; init; }

    [JsonPropertyName("master_metadata_track_name")]
    public string? TrackName { get; init; }

    [JsonPropertyName("master_metadata_album_artist_name")]
    public string? ArtistName { get; init; }

    [JsonPropertyName("master_metadata_album_album_name")]
    public string? AlbumName { get; init; }

    [JsonPropertyName("spotify_track_uri")]
    public string? TrackUri { get; init; }

    [JsonPropertyName("episode_name")]
    public string? EpisodeName { get; init; }

    [JsonPropertyName("episode_show_name")]
    public string? EpisodeShowName { get; init; }

    [JsonPropertyName("spotify_episode_uri")]
    public string? EpisodeUri { get; init; }

    [JsonPropertyName("audiobook_title")]
    public string? AudiobookTitle { get; init; }

    [JsonPropertyName("audiobook_uri")]
    public string? AudiobookUri { get; init; }

    [JsonPropertyName("audiobook_chapter_uri")]
    public string? AudiobookChapterUri { get; init; }

    [JsonPropertyName("endTime")]
    public string? EndTime { get; init; }

    [JsonPropertyName("artistName")]
    public string? AccountArtistName { get; init; }

    [JsonPropertyName("trackName")]
    public string? AccountTrackName { get; init; }

    [JsonPropertyName("msPlayed")]
    public long? MsPlayedAccount { get; init; }

    [JsonPropertyName("podcastName")]
    public string? PodcastName { get; init; }

    [JsonPropertyName("episodeName")]
    public string? AccountEpisodeName { get; init; }

    public bool IsExtended => Ts is not null;

    public bool IsAccountData => EndTime is not null;
}
