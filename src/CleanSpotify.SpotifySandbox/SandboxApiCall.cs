namespace CleanSpotify.SpotifySandbox;

/// <summary>One request to <c>/v1</c>, as the sandbox answered it. <paramref name="Path"/> has no query string.</summary>
public sealed record SandboxApiCall(string Method, string Path, string? ListenerKey, int StatusCode, string? AccessToken);
