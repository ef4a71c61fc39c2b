using System.Globalization;

namespace CleanSpotify.Benchmarks.Seeding;

/// <summary>
/// The listening history the history-at-scale scenario seeds, generated deterministically: <see cref="Plays"/> plays
/// over <see cref="Users"/> users, user 0 being the heavy listener with <see cref="HeavyPlays"/> of them, the others
/// sharing the rest as evenly as whole numbers allow. Each user's plays are spread over the ten years before
/// <see cref="End"/>, one in each equal slot at a pseudo-random point of it, so no two plays of a user end at the
/// same millisecond. Tracks come from a catalogue of <see cref="CatalogueTracks"/> with a skewed popularity.
/// </summary>
internal sealed record PlayPlan(int Users, long Plays, int HeavyPlays, DateTimeOffset End)
{
    public const int CatalogueTracks = 50_000;

    /// <summary>Catalogue tracks per album and per artist; every seventh track also features the next artist.</summary>
    public const int TracksPerAlbum = 12;

    public const int TracksPerArtist = 60;

    /// <summary>About one play in seven is skipped before Spotify's 30 s stream threshold.</summary>
    public const int ShortPlayOneIn = 7;

    public const int LongestPlayMs = 330_000;

    public DateTimeOffset Start => End.AddYears(-10);

    /// <summary>The database: 10 million plays over 10,000 users, the heavy listener with 300,000 of them.</summary>
    public static PlayPlan Full(DateTimeOffset end) => new(10_000, 10_000_000, 300_000, end);

    /// <summary>The quick mode's database: 1 million plays over 1,000 users, the heavy listener with 100,000.</summary>
    public static PlayPlan Quick(DateTimeOffset end) => new(1_000, 1_000_000, 100_000, end);

    /// <summary>What a database seeded from this plan says about itself, to be recognised by a later run.</summary>
    public string Marker => string.Create(
        CultureInfo.InvariantCulture, $"cleanspotify-bench plays v1: users={Users} plays={Plays} heavy={HeavyPlays} end={End:yyyy-MM-dd}");

    /// <summary>The plan a <see cref="Marker"/> describes, or null when <paramref name="marker"/> is not one.</summary>
    public static PlayPlan? FromMarker(string? marker)
    {
        var prefix = "cleanspotify-bench plays v1: ";
        if (marker is null || !marker.StartsWith(prefix, StringComparison.Ordinal))
        {
            return null;
        }

        var fields = marker[prefix.Length..].Split(' ').Select(field => field.Split('=')).ToDictionary(pair => pair[0], pair => pair[^1], StringComparer.Ordinal);
        return fields.TryGetValue("users", out var users) && fields.TryGetValue("plays", out var plays)
            && fields.TryGetValue("heavy", out var heavy) && fields.TryGetValue("end", out var end)
            ? new PlayPlan(
                int.Parse(users, CultureInfo.InvariantCulture),
                long.Parse(plays, CultureInfo.InvariantCulture),
                int.Parse(heavy, CultureInfo.InvariantCulture),
                new DateTimeOffset(DateOnly.ParseExact(end, "yyyy-MM-dd", CultureInfo.InvariantCulture).ToDateTime(TimeOnly.MinValue), TimeSpan.Zero))
            : null;
    }

    /// <summary>How many plays user <paramref name="user"/> (0 is the heavy listener) has.</summary>
    public int PlaysOf(int user)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(user);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(user, Users);
        if (user == 0)
        {
            return HeavyPlays;
        }

        var others = Users - 1;
        var rest = Plays - HeavyPlays;
        return (int)(rest / others) + (user - 1 < rest % others ? 1 : 0);
    }

    /// <summary>User <paramref name="user"/>'s plays, oldest first.</summary>
    public IEnumerable<SeedPlay> PlaysFor(int user)
    {
        var count = PlaysOf(user);
        var startMs = Start.ToUnixTimeMilliseconds();
        var slotMs = (End.ToUnixTimeMilliseconds() - startMs) / count;
        for (var index = 0; index < count; index++)
        {
            var random = Mix(((ulong)user << 32) | (uint)index);
            var unit = (random >> 11) * (1.0 / (1UL << 53));
            var track = (int)((CatalogueTracks * unit * unit * unit) + (user * 7919L)) % CatalogueTracks;
            var lengthRoll = random & 0xFFFF;
            var msPlayed = lengthRoll % ShortPlayOneIn == 0
                ? 1_000 + (int)(lengthRoll % 28_000)
                : 30_000 + (int)((random >> 16) % (LongestPlayMs - 30_000));
            var offset = (long)((random >> 24) % (ulong)slotMs);
            yield return new SeedPlay(startMs + (index * slotMs) + offset, track, msPlayed);
        }
    }

    /// <summary>SplitMix64's finaliser: a well-spread 64-bit value from any input, the same on every run.</summary>
    private static ulong Mix(ulong value)
    {
        value += 0x9E3779B97F4A7C15UL;
        value = (value ^ (value >> 30)) * 0xBF58476D1CE4E5B9UL;
        value = (value ^ (value >> 27)) * 0x94D049BB133111EBUL;
        return value ^ (value >> 31);
    }
}

/// <summary>One generated play: when it ended (Unix milliseconds), which catalogue track, and how long it was played.</summary>
internal readonly record struct SeedPlay(long PlayedAtMs, int Track, int MsPlayed);
