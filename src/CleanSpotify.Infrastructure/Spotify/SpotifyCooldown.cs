namespace CleanSpotify.Infrastructure.Spotify;

/// <summary>
/// The app-wide pause Spotify asked for with a 429. Spotify limits per app (per developer account since 2026), not
/// per user, so while it lasts no request of any user is sent.
/// </summary>
internal sealed class SpotifyCooldown(TimeProvider timeProvider)
{
    private long _untilUtcTicks;

    /// <summary>When calls may resume, or null when there is no cool-down.</summary>
    public DateTimeOffset? ActiveUntil
    {
        get
        {
            var until = new DateTimeOffset(Interlocked.Read(ref _untilUtcTicks), TimeSpan.Zero);
            return until > timeProvider.GetUtcNow() ? until : null;
        }
    }

    /// <summary>Extends the cool-down to <paramref name="until"/>; never shortens one already longer.</summary>
    public void Extend(DateTimeOffset until)
    {
        var ticks = until.UtcTicks;
        var current = Interlocked.Read(ref _untilUtcTicks);
        while (ticks > current)
        {
            var seen = Interlocked.CompareExchange(ref _untilUtcTicks, ticks, current);
            if (seen == current)
            {
                return;
            }

            current = seen;
        }
    }
}
