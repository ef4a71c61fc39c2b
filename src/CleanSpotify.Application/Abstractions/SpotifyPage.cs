namespace CleanSpotify.Application.Abstractions;

/// <summary>One page of a Spotify list, with the total Spotify reports for the whole list.</summary>
public sealed record SpotifyPage<T>(IReadOnlyList<T> Items, int Offset, int Total);
