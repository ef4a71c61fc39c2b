namespace CleanSpotify.SpotifySandbox.Faults;

/// <summary>The error one <c>/v1</c> call answers with instead of its normal response.</summary>
internal sealed record ApiFault(int StatusCode, string Message, string? Reason, int? RetryAfterSeconds);
