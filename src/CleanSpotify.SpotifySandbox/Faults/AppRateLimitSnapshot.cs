namespace CleanSpotify.SpotifySandbox.Faults;

/// <summary>The app-wide rolling limit in force: calls allowed per window, and how many the current window holds.</summary>
internal sealed record AppRateLimitSnapshot(int Calls, double WindowSeconds, int CallsInWindow);
