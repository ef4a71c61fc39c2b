namespace CleanSpotify.SpotifySandbox.Listeners;

/// <summary>A play <paramref name="Ago"/> before "now"; <paramref name="Context"/> is the album, the artist, or none.</summary>
internal sealed record RecentPlay(CatalogTrack Track, TimeSpan Ago, PlayContext Context);
