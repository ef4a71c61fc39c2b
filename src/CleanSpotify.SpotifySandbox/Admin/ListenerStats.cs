namespace CleanSpotify.SpotifySandbox.Admin;

internal sealed record ListenerStats(string Key, string AccountId, string UserId, string DisplayName, int ApiCalls, int Playlists);
