namespace CleanSpotify.SpotifySandbox.Listeners;

/// <summary>The five sandbox listeners. Their data never changes between runs.</summary>
internal static class ListenerProfiles
{
    public static IReadOnlyList<ListenerProfile> All { get; } =
    [
        new(
            Key: "jazz-soul",
            DisplayName: "Nina Hollis",
            UserId: "ninahollis",
            Taste: "Late-night jazz and classic soul: hard bop, vocal jazz and Southern soul.",
            Seed: 1959,
            TopTracks: new RangeSizes(23, 87, 50),
            TopArtists: new RangeSizes(12, 34, 50),
            RecentPlays: 50,
            PlayEvery: TimeSpan.FromMinutes(12),
            Vocabulary: new TasteVocabulary(
                Genres: ["jazz", "hard bop", "vocal jazz", "cool jazz", "soul", "southern soul", "deep soul"],
                ArtistPatterns: ["{first} {last}", "{first} {last}", "{first} {last} Quartet", "{first} {last} Trio", "The {last} Sisters", "{first} \"{adj}\" {last}"],
                FirstNames: ["Otis", "Etta", "Clifford", "Dinah", "Wendell", "Loretta", "Horace", "Sarah", "Benny", "Odessa", "Lester", "Mavis", "Cannonball", "Ruth", "Thaddeus", "Irma", "Roland", "Della", "Milton", "Carmen"],
                LastNames: ["Greene", "Holloway", "Brooks", "Whitfield", "Jefferson", "Carver", "Hayes", "Moreland", "Tate", "Lacroix", "Bell", "Pryor", "Danvers", "Kimbrough", "Sutton", "Ellery"],
                Adjectives: ["Blue", "Midnight", "Velvet", "Smoky", "Golden", "Lonesome", "Sweet", "Tender", "Crooked", "Sultry", "Easy", "Long"],
                Nouns: ["Serenade", "Groove", "Lament", "Shuffle", "Blues", "Reverie", "Ballad", "Stroll", "Train", "Harbor", "Heartache", "Dream"],
                Places: ["Memphis", "Harlem", "Basin Street", "the Village", "Detroit", "Muscle Shoals", "Kansas City", "Bourbon Street"],
                TitlePatterns: ["{adj} {noun}", "{noun} for {first}", "{adj} in {place}", "{place} {noun}", "Don't Let Me Go", "Since You've Been Gone", "{adj} {noun} Blues"],
                FirstYear: 1955,
                LastYear: 2024,
                ExplicitShare: 0.0,
                MinDurationSeconds: 150,
                MaxDurationSeconds: 610)),
        new(
            Key: "indie-electronic",
            DisplayName: "Theo Marsh",
            UserId: "theomarsh",
            Taste: "Bedroom indie, dream pop and warm analogue electronica for long night drives.",
            Seed: 2011,
            TopTracks: new RangeSizes(41, 50, 73),
            TopArtists: new RangeSizes(18, 27, 44),
            RecentPlays: 50,
            PlayEvery: TimeSpan.FromMinutes(5),
            Vocabulary: new TasteVocabulary(
                Genres: ["indie pop", "dream pop", "shoegaze", "electronica", "synthwave", "downtempo", "indietronica"],
                ArtistPatterns: ["The {noun}s", "{adj} {noun}", "{noun} {noun}", "{first} {last}", "{adj} {noun} Club", "{noun}"],
                FirstNames: ["Juno", "Felix", "Isla", "Rowan", "Maren", "Ezra", "Wren", "Linus", "Ada", "Soren", "Noor", "Kit"],
                LastNames: ["Ashby", "Lindqvist", "Halloran", "Vesper", "Okafor", "Marlowe", "Sato", "Brandt", "Quill", "Everly"],
                Adjectives: ["Neon", "Paper", "Quiet", "Electric", "Hollow", "Silver", "Static", "Soft", "Glass", "Analog", "Lunar", "Faded"],
                Nouns: ["Atlas", "Ghost", "Signal", "Harbour", "Orchard", "Satellite", "Tide", "Bloom", "Circuit", "Comet", "Lantern", "Mirage"],
                Places: ["Berlin", "the Coast", "Tokyo", "the Suburbs", "Reykjavik", "the Overpass", "Lisbon"],
                TitlePatterns: ["{adj} {noun}", "{noun}s", "{noun} ({adj} Mix)", "Night Drive to {place}", "{adj} Hours", "We Were {adj}", "{noun} Theory"],
                FirstYear: 2008,
                LastYear: 2026,
                ExplicitShare: 0.08,
                MinDurationSeconds: 170,
                MaxDurationSeconds: 420)),
        new(
            Key: "classical-film",
            DisplayName: "Clara Vance",
            UserId: "claravance",
            Taste: "Romantic-era symphonies, string quartets and sweeping film scores.",
            Seed: 1888,
            TopTracks: new RangeSizes(15, 38, 62),
            TopArtists: new RangeSizes(9, 20, 31),
            RecentPlays: 50,
            PlayEvery: TimeSpan.FromHours(6),
            Vocabulary: new TasteVocabulary(
                Genres: ["classical", "romantic era", "orchestral", "soundtrack", "film score", "chamber music", "neoclassical"],
                ArtistPatterns: ["{place} Philharmonic", "{last} String Quartet", "{first} {last}", "{first} {last}", "{place} Chamber Orchestra", "{first} {last} Ensemble"],
                FirstNames: ["Anton", "Ingrid", "Leopold", "Margarethe", "Sergei", "Helene", "Ottavio", "Vera", "Gustav", "Eleonora", "Bohumil", "Camille"],
                LastNames: ["Kessler", "Varga", "Lindberg", "Moretti", "Dvorakova", "Halvorsen", "Aubert", "Novak", "Ferreira", "Stroud", "Weiss", "Castellan"],
                Adjectives: ["Pastoral", "Nocturnal", "Elegiac", "Heroic", "Distant", "Winter", "Silent", "Eternal", "Northern", "Lost"],
                Nouns: ["Nocturne", "Overture", "Adagio", "Elegy", "Prelude", "Fantasia", "Rhapsody", "Requiem", "Main Title", "Finale", "Intermezzo", "Passacaglia"],
                Places: ["Vienna", "Prague", "Leipzig", "Bergen", "Salzburg", "Turin", "Lyon", "Krakow"],
                TitlePatterns: ["{noun} in {place}", "{adj} {noun}", "Symphony No. 3: II. {noun}", "{noun} for Strings", "Suite from \"{adj} Shores\": {noun}", "{noun} No. 2 in E Minor"],
                FirstYear: 1962,
                LastYear: 2025,
                ExplicitShare: 0.0,
                MinDurationSeconds: 120,
                MaxDurationSeconds: 900)),
        new(
            Key: "hiphop-rnb",
            DisplayName: "Jaylen Brooks",
            UserId: "jaylenbrooks",
            Taste: "Boom-bap, West Coast hip-hop and smooth contemporary R&B.",
            Seed: 1994,
            TopTracks: new RangeSizes(30, 57, 96),
            TopArtists: new RangeSizes(20, 42, 55),
            RecentPlays: 50,
            PlayEvery: TimeSpan.FromMinutes(3),
            Vocabulary: new TasteVocabulary(
                Genres: ["hip hop", "boom bap", "west coast hip hop", "r&b", "contemporary r&b", "neo soul", "trap soul"],
                ArtistPatterns: ["Lil {noun}", "{first} {last}", "MC {noun}", "{adj} {noun}", "{first}", "Young {noun}", "{noun} Gang"],
                FirstNames: ["Dre", "Keisha", "Marcus", "Tiana", "Jamal", "Aaliyah", "Quincy", "Imani", "Darnell", "Solange", "Trey", "Kiana"],
                LastNames: ["Jackson", "Ellis", "Monroe", "Freeman", "Carter", "Baptiste", "Holmes", "Reed", "Vaughn", "Sims"],
                Adjectives: ["Golden", "Midnight", "Cold", "Sunset", "Real", "Heavy", "Smooth", "Loyal", "Velvet", "Hazy"],
                Nouns: ["Crown", "Boulevard", "Hustle", "Wave", "Cipher", "Bounce", "Legacy", "Block", "Halo", "Rhythm", "Dynasty", "Echo"],
                Places: ["Compton", "Oakland", "Atlanta", "Brooklyn", "Houston", "Crenshaw", "the Southside"],
                TitlePatterns: ["{adj} {noun}", "{noun} Freestyle", "Back in {place}", "{noun} (feat. {first})", "Can't Stop", "{adj} Nights", "{place} State of Mind"],
                FirstYear: 1992,
                LastYear: 2026,
                ExplicitShare: 0.55,
                MinDurationSeconds: 140,
                MaxDurationSeconds: 330)),
        new(
            Key: "newcomer",
            DisplayName: "Sam Rivera",
            UserId: "samrivera",
            Taste: "Brand-new account with no listening history yet.",
            Seed: 2026,
            TopTracks: new RangeSizes(0, 0, 0),
            TopArtists: new RangeSizes(0, 0, 0),
            RecentPlays: 0,
            PlayEvery: TimeSpan.FromHours(8),
            Vocabulary: new TasteVocabulary(
                Genres: [],
                ArtistPatterns: [],
                FirstNames: [],
                LastNames: [],
                Adjectives: [],
                Nouns: [],
                Places: [],
                TitlePatterns: [],
                FirstYear: 2026,
                LastYear: 2026,
                ExplicitShare: 0.0,
                MinDurationSeconds: 0,
                MaxDurationSeconds: 0)),
    ];
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
