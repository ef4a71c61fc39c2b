using System.Globalization;

namespace CleanSpotify.SpotifySandbox.Listeners;

/// <summary>
/// One listener's generated catalogue, top lists, the plays before their timeline's anchor, and the seeded choice of
/// every later play (see <see cref="PlayTimeline"/>). Immutable once built.
/// </summary>
internal sealed class ListenerLibrary
{
    private const int ArtistCount = 60;
    private const int AlbumsPerArtist = 2;
    private const int FavouriteShareInTen = 7;

    private readonly Dictionary<TopTimeRange, IReadOnlyList<CatalogTrack>> _topTracks;
    private readonly Dictionary<TopTimeRange, IReadOnlyList<CatalogArtist>> _topArtists;

    private ListenerLibrary(
        SandboxListener listener,
        IReadOnlyList<CatalogArtist> artists,
        IReadOnlyList<CatalogAlbum> albums,
        IReadOnlyList<CatalogTrack> tracks,
        Dictionary<TopTimeRange, IReadOnlyList<CatalogTrack>> topTracks,
        Dictionary<TopTimeRange, IReadOnlyList<CatalogArtist>> topArtists,
        IReadOnlyList<RecentPlay> recentPlays,
        ListenerProfile profile)
    {
        Listener = listener;
        Profile = profile;
        Artists = artists;
        Albums = albums;
        Tracks = tracks;
        _topTracks = topTracks;
        _topArtists = topArtists;
        RecentPlays = recentPlays;
    }

    public SandboxListener Listener { get; }

    public ListenerProfile Profile { get; }

    public IReadOnlyList<CatalogArtist> Artists { get; }

    public IReadOnlyList<CatalogAlbum> Albums { get; }

    public IReadOnlyList<CatalogTrack> Tracks { get; }

    /// <summary>The plays that ended before the timeline's anchor, newest first.</summary>
    public IReadOnlyList<RecentPlay> RecentPlays { get; }

    public IReadOnlyList<CatalogTrack> TopTracks(TopTimeRange range) => _topTracks[range];

    public IReadOnlyList<CatalogArtist> TopArtists(TopTimeRange range) => _topArtists[range];

    /// <summary>The same listening data under another identity.</summary>
    public ListenerLibrary WithListener(SandboxListener listener) =>
        new(listener, Artists, Albums, Tracks, _topTracks, _topArtists, RecentPlays, Profile);

    /// <summary>
    /// The track and context of play <paramref name="number"/> after the anchor (0, 1, …): a seeded draw, from the
    /// short-term favourites seven times in ten, else from the whole catalogue. Null for a listener with no tracks.
    /// </summary>
    public (CatalogTrack Track, PlayContext Context)? PlayNumber(long number)
    {
        if (Tracks.Count == 0)
        {
            return null;
        }

        var hash = Hash(Profile.Seed, number);
        var favourites = _topTracks[TopTimeRange.ShortTerm];
        var pool = hash % 10 < FavouriteShareInTen && favourites.Count > 0 ? favourites : Tracks;
        return (pool[(int)((hash >> 8) % (ulong)pool.Count)], (PlayContext)((hash >> 40) % 3));
    }

    /// <summary>A well-mixed 64-bit value from a seed and a number (SplitMix64), the same in every process.</summary>
    public static ulong Hash(int seed, long number)
    {
        var z = unchecked(((ulong)seed << 32) ^ (ulong)number) + 0x9E3779B97F4A7C15UL;
        z = unchecked((z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL);
        z = unchecked((z ^ (z >> 27)) * 0x94D049BB133111EBUL);
        return z ^ (z >> 31);
    }

    public static ListenerLibrary Generate(ListenerProfile profile)
    {
        var random = new Random(profile.Seed);
        var listener = new SandboxListener(profile.Key, Base62.Next(random, 16), profile.UserId, profile.DisplayName, profile.Taste);
        var hasHistory = profile.Vocabulary.ArtistPatterns.Count > 0;
        var forge = new NameForge(random, profile.Vocabulary);

        var artists = hasHistory ? CreateArtists(random, forge, profile.Vocabulary) : [];
        var albums = new List<CatalogAlbum>();
        var tracks = new List<CatalogTrack>();
        foreach (var artist in artists)
        {
            for (var i = 0; i < AlbumsPerArtist; i++)
            {
                var album = CreateAlbum(random, forge, profile.Vocabulary, artist);
                albums.Add(album);
                for (var number = 1; number <= album.TotalTracks; number++)
                {
                    tracks.Add(CreateTrack(random, forge, profile.Vocabulary, album, number, artists));
                }
            }
        }

        var topTracks = new Dictionary<TopTimeRange, IReadOnlyList<CatalogTrack>>();
        var topArtists = new Dictionary<TopTimeRange, IReadOnlyList<CatalogArtist>>();
        foreach (var range in Enum.GetValues<TopTimeRange>())
        {
            topTracks[range] = Shuffle(tracks, profile.Seed * 7 + (int)range).Take(profile.TopTracks.For(range)).ToArray();
            topArtists[range] = Shuffle(artists, profile.Seed * 13 + (int)range).Take(profile.TopArtists.For(range)).ToArray();
        }

        var recentPlays = CreateRecentPlays(profile, topTracks[TopTimeRange.ShortTerm]);
        return new ListenerLibrary(listener, artists, albums, tracks, topTracks, topArtists, recentPlays, profile);
    }

    private static List<CatalogArtist> CreateArtists(Random random, NameForge forge, TasteVocabulary vocabulary)
    {
        var names = new HashSet<string>(StringComparer.Ordinal);
        var artists = new List<CatalogArtist>();
        while (artists.Count < ArtistCount)
        {
            var name = forge.ArtistName();
            if (!names.Add(name))
            {
                continue;
            }

            var genres = Shuffle(vocabulary.Genres, random.Next()).Take(random.Next(1, 4)).ToArray();
            artists.Add(new CatalogArtist(Base62.Next(random, 22), name, genres));
        }

        return artists;
    }

    private static CatalogAlbum CreateAlbum(Random random, NameForge forge, TasteVocabulary vocabulary, CatalogArtist artist)
    {
        var isSingle = random.NextDouble() < 0.15;
        var year = random.Next(vocabulary.FirstYear, vocabulary.LastYear + 1);
        var dayPrecision = random.NextDouble() < 0.9;
        var releaseDate = dayPrecision
            ? new DateOnly(year, random.Next(1, 13), random.Next(1, 29)).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)
            : year.ToString(CultureInfo.InvariantCulture);
        return new CatalogAlbum(
            Base62.Next(random, 22),
            forge.Title(),
            isSingle ? "single" : "album",
            releaseDate,
            dayPrecision ? "day" : "year",
            isSingle ? random.Next(1, 3) : random.Next(8, 15),
            artist);
    }

    private static CatalogTrack CreateTrack(
        Random random, NameForge forge, TasteVocabulary vocabulary, CatalogAlbum album, int number, List<CatalogArtist> artists)
    {
        IReadOnlyList<CatalogArtist> trackArtists = random.NextDouble() < 0.12
            ? [album.Artist, forge.Pick(artists.Where(a => a != album.Artist).ToArray())]
            : [album.Artist];
        var isrc = string.Create(
            CultureInfo.InvariantCulture,
            $"US{Base62.Next(random, 3).ToUpperInvariant()}{random.Next(0, 100):00}{random.Next(0, 100000):00000}");
        return new CatalogTrack(
            Base62.Next(random, 22),
            album.AlbumType == "single" && number == 1 ? album.Name : forge.Title(),
            album,
            trackArtists,
            number,
            random.Next(vocabulary.MinDurationSeconds, vocabulary.MaxDurationSeconds + 1) * 1000 + random.Next(0, 1000),
            random.NextDouble() < vocabulary.ExplicitShare,
            isrc);
    }

    private static List<RecentPlay> CreateRecentPlays(ListenerProfile profile, IReadOnlyList<CatalogTrack> favourites)
    {
        var plays = new List<RecentPlay>();
        if (favourites.Count == 0)
        {
            return plays;
        }

        var random = new Random(profile.Seed + 99);
        var ago = TimeSpan.FromMinutes(random.Next(2, 30));
        while (plays.Count < profile.RecentPlays)
        {
            var track = favourites[random.Next(favourites.Count)];
            var context = (PlayContext)random.Next(0, 3);
            plays.Add(new RecentPlay(track, ago + TimeSpan.FromMilliseconds(random.Next(0, 1000)), context));
            var gap = random.NextDouble() < 0.1 ? TimeSpan.FromHours(random.Next(3, 20)) : TimeSpan.FromSeconds(random.Next(0, 40));
            ago += TimeSpan.FromMilliseconds(track.DurationMs) + gap;
        }

        return plays;
    }

    private static List<T> Shuffle<T>(IReadOnlyList<T> items, int seed)
    {
        var random = new Random(seed);
        var copy = items.ToList();
        for (var i = copy.Count - 1; i > 0; i--)
        {
            var j = random.Next(i + 1);
            (copy[i], copy[j]) = (copy[j], copy[i]);
        }

        return copy;
    }
}

/// <summary>The <c>time_range</c> of <c>/me/top/{type}</c>.</summary>
internal enum TopTimeRange
{
    ShortTerm,
    MediumTerm,
    LongTerm,
}

/// <summary>How many top items a listener has per time range.</summary>
internal sealed record RangeSizes(int ShortTerm, int MediumTerm, int LongTerm)
{
    public int For(TopTimeRange range) => range switch
    {
        TopTimeRange.ShortTerm => ShortTerm,
        TopTimeRange.MediumTerm => MediumTerm,
        _ => LongTerm,
    };
}

internal enum PlayContext
{
    None,
    Album,
    Artist,
}

/// <summary>A play that ended <paramref name="Ago"/> before the anchor; <paramref name="Context"/> is the album, the artist, or none.</summary>
internal sealed record RecentPlay(CatalogTrack Track, TimeSpan Ago, PlayContext Context);
