namespace CleanSpotify.Application.Abstractions;

/// <summary>Port: a user's site settings.</summary>
public interface IUserPreferencesStore
{
    /// <summary>The user's IANA time zone id, <c>UTC</c> until they choose one.</summary>
    Task<string> GetTimeZoneAsync(string appUserId, CancellationToken cancellationToken);

    Task SetTimeZoneAsync(string appUserId, string timeZoneId, CancellationToken cancellationToken);
}
