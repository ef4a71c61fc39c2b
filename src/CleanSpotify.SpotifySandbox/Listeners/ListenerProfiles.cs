using System.Text.Json;

namespace CleanSpotify.SpotifySandbox.Listeners;

/// <summary>
/// The five sandbox listeners, read from <c>listeners.json</c> beside this file (embedded in the assembly). Their data
/// never changes between runs: each catalogue is generated from its profile's seed.
/// </summary>
internal static class ListenerProfiles
{
    public static IReadOnlyList<ListenerProfile> All { get; } = Load();

    private static List<ListenerProfile> Load()
    {
        using var json = typeof(ListenerProfiles).Assembly.GetManifestResourceStream("CleanSpotify.SpotifySandbox.Listeners.listeners.json")
            ?? throw new InvalidOperationException("The sandbox's listeners.json is not embedded.");
        return JsonSerializer.Deserialize<List<ListenerProfile>>(json, JsonSerializerOptions.Web)
            ?? throw new InvalidOperationException("The sandbox's listeners.json holds no listeners.");
    }
}

/// <summary>
/// The fixed description of one sandbox listener; the catalogue is generated from it with <paramref name="Seed"/>.
/// <paramref name="PlayEvery"/> is their listening pace: the average time between the ends of two plays.
/// </summary>
internal sealed record ListenerProfile(
    string Key,
    string DisplayName,
    string UserId,
    string Taste,
    int Seed,
    RangeSizes TopTracks,
    RangeSizes TopArtists,
    int RecentPlays,
    TimeSpan PlayEvery,
    TasteVocabulary Vocabulary);

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
