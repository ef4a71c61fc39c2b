namespace CleanSpotify.SpotifySandbox.Admin;

internal sealed record RefreshTokenModeRequest(RefreshTokenMode Mode = RefreshTokenMode.NoRotation);
