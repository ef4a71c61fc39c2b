namespace CleanSpotify.SpotifySandbox.Admin;

/// <summary>Body of <c>POST /sandbox/control/faults/app-rate-limit</c>; zero calls switches the limit off.</summary>
internal sealed record AppRateLimitRequest(int Calls = 0, int WindowSeconds = 30);
