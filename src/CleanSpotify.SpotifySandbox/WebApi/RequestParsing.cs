using System.Globalization;
using System.Text.Json;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.Extensions.Options;

namespace CleanSpotify.SpotifySandbox.WebApi;

/// <summary>Parses the integer query parameters Spotify validates.</summary>
internal static class QueryParameters
{
    /// <summary>Absent → <paramref name="fallback"/>; not an integer in [min, max] → null.</summary>
    public static int? Integer(HttpRequest request, string name, int fallback, int min, int max)
    {
        if (!request.Query.TryGetValue(name, out var values))
        {
            return fallback;
        }

        return int.TryParse(values.ToString(), NumberStyles.None, CultureInfo.InvariantCulture, out var value) && value >= min && value <= max
            ? value
            : null;
    }

    /// <summary>Absent → null with <c>valid</c> true; present but not a non-negative integer → <c>valid</c> false.</summary>
    public static long? Long(HttpRequest request, string name, out bool valid)
    {
        valid = true;
        if (!request.Query.TryGetValue(name, out var values))
        {
            return null;
        }

        valid = long.TryParse(values.ToString(), NumberStyles.None, CultureInfo.InvariantCulture, out var value);
        return valid ? value : null;
    }
}

/// <summary>Reads a snake_case JSON body; Spotify answers 400 "Error parsing JSON." when it cannot.</summary>
internal static class JsonBody
{
    public const string ParseError = "Error parsing JSON.";

    /// <summary>
    /// The body, or null and why it could not be read. An empty body reads as <c>{}</c> when
    /// <paramref name="emptyIsObject"/> (the control endpoints); Spotify instead refuses it.
    /// </summary>
    public static async Task<(T? Body, string? Error)> ReadAsync<T>(HttpContext context, bool emptyIsObject = false)
        where T : class
    {
        var options = context.RequestServices.GetRequiredService<IOptions<JsonOptions>>().Value.SerializerOptions;
        try
        {
            var body = emptyIsObject && context.Request.ContentLength is null or 0
                ? JsonSerializer.Deserialize<T>("{}", options)
                : await JsonSerializer.DeserializeAsync<T>(context.Request.Body, options, context.RequestAborted);
            return body is null ? (null, "A JSON object is required.") : (body, null);
        }
        catch (JsonException exception)
        {
            return (null, exception.Message);
        }
    }
}
