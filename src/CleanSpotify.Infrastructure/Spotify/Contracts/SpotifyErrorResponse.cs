namespace CleanSpotify.Infrastructure.Spotify.Contracts;

/// <summary>The Web API's regular error object: <c>{"error":{"status":…,"message":…,"reason":…}}</c>.</summary>
internal sealed record SpotifyErrorResponse(SpotifyErrorBody? Error);

internal sealed record SpotifyErrorBody(int Status, string? Message, string? Reason);
