namespace CleanSpotify.SpotifySandbox;

/// <summary>Tokens handed out by <see cref="SandboxState.IssueTokens"/>. <see cref="ToString"/> prints neither token.</summary>
public sealed record SandboxTokens(string AccessToken, string RefreshToken, DateTimeOffset AccessTokenExpiresAt)
{
    public override string ToString() => $"SandboxTokens {{ AccessTokenExpiresAt = {AccessTokenExpiresAt:O} }}";
}
