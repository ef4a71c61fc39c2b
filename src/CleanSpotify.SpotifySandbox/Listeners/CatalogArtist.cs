namespace CleanSpotify.SpotifySandbox.Listeners;

internal sealed record CatalogArtist(string Id, string Name, IReadOnlyList<string> Genres);
