namespace CleanSpotify.SpotifySandbox.Admin;

internal sealed record DevModeForbiddenRequest(DevModeWall Wall = DevModeWall.NotRegistered, string? ListenerKey = null);
