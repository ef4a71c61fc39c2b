namespace CleanSpotify.Benchmarks.Hosting;

/// <summary>Starts the site's Release build as its own process in production mode, its settings given as environment variables.</summary>
internal static class SiteProcess
{
    public static Task<ServerProcess> StartAsync(
        RepositoryLayout layout, IReadOnlyDictionary<string, string?> configuration, Uri address, string logFile, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(layout);
        ArgumentNullException.ThrowIfNull(configuration);
        ArgumentNullException.ThrowIfNull(address);
        string[] command = [Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet", layout.WebAssembly, "--urls", address.GetLeftPart(UriPartial.Authority)];
        var environment = configuration.ToDictionary(setting => setting.Key.Replace(":", "__", StringComparison.Ordinal), setting => setting.Value);
        environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        environment["DOTNET_ENVIRONMENT"] = "Production";
        return ServerProcess.StartAsync(command, layout.WebContentRoot, environment, address.Port, "/health/ready", logFile, cancellationToken);
    }
}
