namespace CleanSpotify.Application.Listening.GetTimeZone;

/// <summary>The signed-in user's time zone and the zones they can choose from.</summary>
public sealed record GetTimeZoneQuery : IQuery<Result<TimeZoneSettingDto>>, ISignedInRequest;
