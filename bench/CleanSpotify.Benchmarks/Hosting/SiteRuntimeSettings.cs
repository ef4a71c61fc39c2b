using System.Text.Json;

namespace CleanSpotify.Benchmarks.Hosting;

/// <summary>The GC settings the site's build gives its process (<c>configProperties</c> of its <c>runtimeconfig.json</c>), for the report.</summary>
internal static class SiteRuntimeSettings
{
    /// <summary>Each <c>System.GC.*</c> setting as <c>name=value</c>, by name; empty when the file has none.</summary>
    public static IReadOnlyList<string> GcSettings(string runtimeConfigJson)
    {
        using var document = JsonDocument.Parse(runtimeConfigJson);
        if (!document.RootElement.TryGetProperty("runtimeOptions", out var options)
            || !options.TryGetProperty("configProperties", out var properties))
        {
            return [];
        }

        return [.. properties.EnumerateObject()
            .Where(property => property.Name.StartsWith("System.GC.", StringComparison.Ordinal))
            .OrderBy(property => property.Name, StringComparer.Ordinal)
            .Select(property => $"{property.Name}={property.Value.GetRawText()}")];
    }
}
