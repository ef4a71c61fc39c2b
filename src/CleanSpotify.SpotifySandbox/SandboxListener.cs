namespace CleanSpotify.SpotifySandbox;

/// <summary>A sandbox Spotify user the consent page offers. <paramref name="Taste"/> is a one-line description.</summary>
public sealed record SandboxListener(string Key, string AccountId, string UserId, string DisplayName, string Taste);
