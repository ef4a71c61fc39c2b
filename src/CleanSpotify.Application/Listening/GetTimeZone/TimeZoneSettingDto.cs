namespace CleanSpotify.Application.Listening.GetTimeZone;

/// <summary>The user's IANA time zone id and every IANA id the system knows, sorted.</summary>
public sealed record TimeZoneSettingDto(string Current, IReadOnlyList<string> Available);
