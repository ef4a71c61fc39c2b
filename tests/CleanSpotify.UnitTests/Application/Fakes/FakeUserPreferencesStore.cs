using CleanSpotify.Application.Abstractions;

namespace CleanSpotify.UnitTests.Application.Fakes;

/// <summary>Time zones in memory; <c>UTC</c> for a user who never chose one.</summary>
public sealed class FakeUserPreferencesStore : IUserPreferencesStore
{
    private readonly Dictionary<string, string> _timeZones = [];

    public FakeUserPreferencesStore WithTimeZone(string appUserId, string timeZone)
    {
        _timeZones[appUserId] = timeZone;
        return this;
    }

    public string? TimeZoneOf(string appUserId) => _timeZones.GetValueOrDefault(appUserId);

    public Task<string> GetTimeZoneAsync(string appUserId, CancellationToken cancellationToken) =>
        Task.FromResult(_timeZones.GetValueOrDefault(appUserId, "UTC"));

    public Task SetTimeZoneAsync(string appUserId, string timeZoneId, CancellationToken cancellationToken)
    {
        _timeZones[appUserId] = timeZoneId;
        return Task.CompletedTask;
    }
}
