namespace CleanSpotify.SpotifySandbox.Admin;

internal sealed record ControlError(string Error);
