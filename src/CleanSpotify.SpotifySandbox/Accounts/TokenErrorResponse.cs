using System.Text.Json.Serialization;

namespace CleanSpotify.SpotifySandbox.Accounts;

/// <summary>The authentication error object; <c>error_description</c> is absent when there is none.</summary>
internal sealed record TokenErrorResponse(
    [property: JsonPropertyName("error")] string Error,
    [property: JsonPropertyName("error_description"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? ErrorDescription);
