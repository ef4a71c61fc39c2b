using System.Text.Json.Serialization;

namespace CleanSpotify.SpotifySandbox.WebApi.Contracts;

internal sealed record ErrorBody(
    int Status,
    string Message,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Reason = null);
