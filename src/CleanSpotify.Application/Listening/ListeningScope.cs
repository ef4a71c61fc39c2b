namespace CleanSpotify.Application.Listening;

/// <summary>
/// What every history and stats use case starts from: the signed-in user, their time zone (its id and the zone), and
/// the UTC period their days cover.
/// </summary>
public sealed record ListeningScope(string UserId, string TimeZone, TimeZoneInfo Zone, PlayPeriod Period)
{
    public static async Task<ListeningScope> ForAsync(
        ICurrentUser currentUser, IUserPreferencesStore preferences, IListeningPeriodQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(currentUser);
        ArgumentNullException.ThrowIfNull(preferences);
        ArgumentNullException.ThrowIfNull(query);
        var userId = currentUser.RequiredId;
        var timeZone = await preferences.GetTimeZoneAsync(userId, cancellationToken);
        var zone = ListeningClock.Find(timeZone);
        return new ListeningScope(userId, timeZone, zone, ListeningClock.ToPeriod(query.From, query.To, zone));
    }
}
