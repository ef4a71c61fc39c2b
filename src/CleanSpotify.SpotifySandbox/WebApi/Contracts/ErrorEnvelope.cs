namespace CleanSpotify.SpotifySandbox.WebApi.Contracts;

/// <summary>The regular error object: <c>{"error":{"status":…,"message":…}}</c>.</summary>
internal sealed record ErrorEnvelope(ErrorBody Error);
