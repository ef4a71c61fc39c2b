namespace CleanSpotify.SpotifySandbox.Listeners;

/// <summary>
/// Words a listener's invented catalogue is built from. Patterns use <c>{first}</c>, <c>{last}</c>, <c>{adj}</c>,
/// <c>{noun}</c> and <c>{place}</c>.
/// </summary>
internal sealed record TasteVocabulary(
    IReadOnlyList<string> Genres,
    IReadOnlyList<string> ArtistPatterns,
    IReadOnlyList<string> FirstNames,
    IReadOnlyList<string> LastNames,
    IReadOnlyList<string> Adjectives,
    IReadOnlyList<string> Nouns,
    IReadOnlyList<string> Places,
    IReadOnlyList<string> TitlePatterns,
    int FirstYear,
    int LastYear,
    double ExplicitShare,
    int MinDurationSeconds,
    int MaxDurationSeconds);
