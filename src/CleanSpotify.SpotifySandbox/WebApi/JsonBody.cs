using System.Text.Json;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.Extensions.Options;

namespace CleanSpotify.SpotifySandbox.WebApi;

/// <summary>Reads a snake_case JSON body; Spotify answers 400 "Error parsing JSON." when it cannot.</summary>
internal static class JsonBody
{
    public const string ParseError = "Error parsing JSON.";

    /// <summary>The body, or null when it is missing or not valid JSON for <typeparamref name="T"/>.</summary>
    public static async Task<T?> ReadAsync<T>(HttpContext context)
        where T : class
    {
        var options = context.RequestServices.GetRequiredService<IOptions<JsonOptions>>().Value.SerializerOptions;
        try
        {
            return await JsonSerializer.DeserializeAsync<T>(context.Request.Body, options, context.RequestAborted);
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
