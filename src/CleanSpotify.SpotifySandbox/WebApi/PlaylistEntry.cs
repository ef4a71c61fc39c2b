namespace CleanSpotify.SpotifySandbox.WebApi;

internal sealed record PlaylistEntry(string Uri, DateTimeOffset AddedAt);
