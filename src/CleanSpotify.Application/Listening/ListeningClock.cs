namespace CleanSpotify.Application.Listening;

/// <summary>The user's calendar: their time zone, their days, and the UTC instants a period of days covers.</summary>
public static class ListeningClock
{
    /// <summary>An IANA id the system knows (Windows names are refused, so the stored value means the same everywhere).</summary>
    public static bool IsKnownTimeZone(string? id) =>
        !string.IsNullOrWhiteSpace(id) && TimeZoneInfo.TryFindSystemTimeZoneById(id, out var zone) && zone.HasIanaId;

    /// <summary>The zone with this id, or UTC when the id is not known here (e.g. a zone removed from the system's database).</summary>
    public static TimeZoneInfo Find(string id) =>
        TimeZoneInfo.TryFindSystemTimeZoneById(id, out var zone) ? zone : TimeZoneInfo.Utc;

    public static DateTimeOffset ToLocal(DateTimeOffset instant, TimeZoneInfo zone) => TimeZoneInfo.ConvertTime(instant, zone);

    public static DateOnly LocalDay(DateTimeOffset instant, TimeZoneInfo zone) => DateOnly.FromDateTime(ToLocal(instant, zone).DateTime);

    /// <summary>
    /// The instant <paramref name="day"/> begins in <paramref name="zone"/>: local midnight, or the first valid time
    /// after it where a clock change skips midnight.
    /// </summary>
    public static DateTimeOffset StartOfDay(DateOnly day, TimeZoneInfo zone)
    {
        ArgumentNullException.ThrowIfNull(zone);
        var local = day.ToDateTime(TimeOnly.MinValue, DateTimeKind.Unspecified);
        while (zone.IsInvalidTime(local))
        {
            local = local.AddMinutes(15);
        }

        return new DateTimeOffset(local, zone.GetUtcOffset(local)).ToUniversalTime();
    }

    /// <summary>From the start of <paramref name="from"/> to the end of <paramref name="to"/> in <paramref name="zone"/>.</summary>
    public static PlayPeriod ToPeriod(DateOnly? from, DateOnly? to, TimeZoneInfo zone) =>
        new(from is { } start ? StartOfDay(start, zone) : null, to is { } end ? StartOfDay(end.AddDays(1), zone) : null);
}
