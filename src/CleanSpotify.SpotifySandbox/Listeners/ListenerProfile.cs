namespace CleanSpotify.SpotifySandbox.Listeners;

/// <summary>The fixed description of one sandbox listener; the catalogue is generated from it with <paramref name="Seed"/>.</summary>
internal sealed record ListenerProfile(
    string Key,
    string DisplayName,
    string UserId,
    string Taste,
    int Seed,
    RangeSizes TopTracks,
    RangeSizes TopArtists,
    int RecentPlays,
    TasteVocabulary Vocabulary);
