namespace CleanSpotify.Application.Listening.SetTimeZone;

/// <summary>Sets the signed-in user's time zone (an IANA id) for days, weeks and hours on history and stats.</summary>
public sealed record SetTimeZoneCommand(string? TimeZone) : ICommand<Result<string>>, ISignedInRequest;
