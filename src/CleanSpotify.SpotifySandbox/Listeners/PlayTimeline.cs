using System.Collections.Concurrent;

namespace CleanSpotify.SpotifySandbox.Listeners;

/// <summary>
/// One sandbox's play timelines, one per listener, anchored at the sandbox clock's time when the listener is first
/// asked about. Computed from the clock on demand, so plays keep appearing without a background thread. Thread-safe.
/// </summary>
internal sealed class ListeningTimelines(TimeProvider timeProvider, double paceMultiplier)
{
    private readonly ConcurrentDictionary<string, PlayTimeline> _timelines = new(StringComparer.Ordinal);

    public long NowMs => timeProvider.GetUtcNow().ToUnixTimeMilliseconds();

    public PlayTimeline For(ListenerLibrary library) => _timelines.GetOrAdd(
        library.Listener.Key, _ => new PlayTimeline(library, NowMs, library.Profile.PlayEvery / paceMultiplier));
}

/// <summary>
/// A listener's plays at fixed instants. The library's <see cref="ListenerLibrary.RecentPlays"/> end before the
/// anchor; after it, play k (0, 1, …) ends about one pace after play k − 1 (± a quarter of the pace, seeded), so a gap
/// shorter than the track is a skip and a longer one a pause. A pace change starts a new segment at the clock's time:
/// plays that have ended keep their instants, later ones follow the new pace.
/// </summary>
internal sealed class PlayTimeline
{
    private readonly Lock _lock = new();
    private readonly ListenerLibrary _library;
    private readonly TimedPlay[] _beforeAnchor;
    private readonly List<Segment> _segments;

    public PlayTimeline(ListenerLibrary library, long anchorMs, TimeSpan pace)
    {
        _library = library;
        _beforeAnchor = library.RecentPlays.Reverse()
            .Select(play => new TimedPlay(play.Track, anchorMs - (long)play.Ago.TotalMilliseconds, play.Context)).ToArray();
        _segments = [new Segment(0, anchorMs, PaceMs(pace))];
    }

    /// <summary>Every play that ended in [<paramref name="fromMs"/>, <paramref name="toMs"/>], oldest first; null when more than <paramref name="max"/>.</summary>
    public IReadOnlyList<TimedPlay>? Between(long fromMs, long toMs, int max) => _lock.Read<IReadOnlyList<TimedPlay>?>(() =>
    {
        if (_library.Tracks.Count == 0 || toMs < fromMs)
        {
            return [];
        }

        var first = LastEndedBy(fromMs - 1) + 1;
        var last = LastEndedBy(toMs);
        var before = _beforeAnchor.Where(p => p.PlayedAtMs >= fromMs && p.PlayedAtMs <= toMs).ToArray();
        return before.Length + Math.Max(0, last - first + 1) > max ? null : [.. before, .. Range(first, last)];
    });

    /// <summary>The newest <paramref name="count"/> plays that ended by <paramref name="nowMs"/>, newest first.</summary>
    public IReadOnlyList<TimedPlay> Latest(long nowMs, int count) => _lock.Read<IReadOnlyList<TimedPlay>>(() =>
    {
        if (_library.Tracks.Count == 0)
        {
            return [];
        }

        var last = LastEndedBy(nowMs);
        var afterAnchor = Range(Math.Max(0, last - count + 1), last);
        var beforeAnchor = _beforeAnchor.Where(p => p.PlayedAtMs <= nowMs).TakeLast(count - afterAnchor.Count);
        return [.. beforeAnchor.Concat(afterAnchor).Reverse()];
    });

    /// <summary>From <paramref name="nowMs"/> on, plays end about every <paramref name="pace"/>.</summary>
    public void SetPace(TimeSpan pace, long nowMs)
    {
        lock (_lock)
        {
            var next = LastEndedBy(nowMs) + 1;
            _segments.RemoveAll(segment => segment.FirstNumber >= next);
            _segments.Add(new Segment(next, nowMs, PaceMs(pace)));
        }
    }

    private static long PaceMs(TimeSpan pace) => Math.Max(1, (long)Math.Round(pace.TotalMilliseconds));

    private List<TimedPlay> Range(long first, long last)
    {
        var plays = new List<TimedPlay>();
        for (var number = first; number <= last; number++)
        {
            var (track, context) = _library.PlayNumber(number)!.Value;
            plays.Add(new TimedPlay(track, EndMs(number), context));
        }

        return plays;
    }

    /// <summary>The number of the last play after the anchor that ended by <paramref name="ms"/>; −1 when none has.</summary>
    private long LastEndedBy(long ms)
    {
        for (var i = _segments.Count - 1; i >= 0; i--)
        {
            var segment = _segments[i];
            var limit = i + 1 < _segments.Count ? _segments[i + 1].FirstNumber : long.MaxValue;
            if (segment.EndMs(segment.FirstNumber, _library.Profile.Seed) > ms)
            {
                continue;
            }

            var number = Math.Min(limit - 1, segment.FirstNumber + ((ms - segment.OriginMs) / segment.PaceMs) - 1);
            while (number + 1 < limit && segment.EndMs(number + 1, _library.Profile.Seed) <= ms)
            {
                number++;
            }

            while (segment.EndMs(number, _library.Profile.Seed) > ms)
            {
                number--;
            }

            return number;
        }

        return -1;
    }

    private long EndMs(long number) =>
        _segments.Last(segment => segment.FirstNumber <= number).EndMs(number, _library.Profile.Seed);

    /// <summary>Plays from <paramref name="FirstNumber"/> on end one pace apart from <paramref name="OriginMs"/>, each moved by a seeded jitter.</summary>
    private sealed record Segment(long FirstNumber, long OriginMs, long PaceMs)
    {
        public long EndMs(long number, int seed)
        {
            var quarter = PaceMs / 4;
            var jitter = quarter == 0 ? 0 : (long)(ListenerLibrary.Hash(~seed, number) % (ulong)(2 * quarter)) - quarter;
            return OriginMs + (number - FirstNumber + 1) * PaceMs + jitter;
        }
    }
}

/// <summary>A play that ended at <paramref name="PlayedAtMs"/> (Unix milliseconds).</summary>
internal sealed record TimedPlay(CatalogTrack Track, long PlayedAtMs, PlayContext Context);
