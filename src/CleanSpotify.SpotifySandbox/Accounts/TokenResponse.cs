using System.Text.Json.Serialization;

namespace CleanSpotify.SpotifySandbox.Accounts;

/// <summary>The 200 body of <c>POST /api/token</c>. <c>refresh_token</c> is left out when none is issued.</summary>
internal sealed record TokenResponse(
    [property: JsonPropertyName("access_token")] string AccessToken,
    [property: JsonPropertyName("token_type")] string TokenType,
    [property: JsonPropertyName("scope")] string Scope,
    [property: JsonPropertyName("expires_in")] int ExpiresIn,
    [property: JsonPropertyName("refresh_token"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? RefreshToken);
