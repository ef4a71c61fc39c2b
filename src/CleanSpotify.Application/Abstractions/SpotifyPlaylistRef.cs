namespace CleanSpotify.Application.Abstractions;

/// <summary>A playlist Spotify created: its id and where a person opens it.</summary>
public sealed record SpotifyPlaylistRef(string Id, Uri? Url);
