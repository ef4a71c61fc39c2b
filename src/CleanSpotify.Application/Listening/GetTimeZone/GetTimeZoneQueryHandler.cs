namespace CleanSpotify.Application.Listening.GetTimeZone;

public sealed class GetTimeZoneQueryHandler(ICurrentUser currentUser, IUserPreferencesStore preferences)
    : IQueryHandler<GetTimeZoneQuery, Result<TimeZoneSettingDto>>
{
    private static readonly Lazy<IReadOnlyList<string>> SystemZones = new(() =>
        TimeZoneInfo.GetSystemTimeZones()
            .Where(z => z.HasIanaId)
            .Select(z => z.Id)
            .Append(TimeZoneInfo.Utc.Id)
            .Distinct(StringComparer.Ordinal)
            .Order(StringComparer.Ordinal)
            .ToArray());

    public async ValueTask<Result<TimeZoneSettingDto>> Handle(GetTimeZoneQuery query, CancellationToken cancellationToken)
    {
        var userId = currentUser.RequiredId;

        var current = await preferences.GetTimeZoneAsync(userId, cancellationToken);
        return new TimeZoneSettingDto(current, SystemZones.Value);
    }
}
