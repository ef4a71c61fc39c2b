using System.Globalization;

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
