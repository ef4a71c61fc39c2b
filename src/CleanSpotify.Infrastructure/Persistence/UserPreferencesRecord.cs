namespace CleanSpotify.Infrastructure.Persistence;

/// <summary>A user's site settings; a user without a row has the defaults.</summary>
internal sealed class UserPreferencesRecord : UserOwnedRecord
{
    public const string DefaultTimeZone = "UTC";

    /// <summary>An IANA time zone id (for example <c>Europe/Berlin</c>), used for days, weeks and hours on every page.</summary>
    public required string TimeZone { get; set; }
}
