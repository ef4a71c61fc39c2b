using System.Text.Json;

namespace CleanSpotify.Infrastructure.Spotify;

/// <summary>Spotify's JSON: snake_case names. One set of options for the Refit clients and for error bodies.</summary>
internal static class SpotifyJson
{
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
    };

    /// <summary>Reads an error body; null when it is empty or not the expected JSON.</summary>
    public static T? TryRead<T>(string? content)
        where T : class
    {
        if (string.IsNullOrWhiteSpace(content))
        {
            return null;
        }

        try
        {
            return JsonSerializer.Deserialize<T>(content, Options);
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
