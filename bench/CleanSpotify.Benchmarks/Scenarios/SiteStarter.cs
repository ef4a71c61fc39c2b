using CleanSpotify.Benchmarks.Hosting;

namespace CleanSpotify.Benchmarks.Scenarios;

/// <summary>Starts the site as a Release process on <paramref name="address"/> with <paramref name="configuration"/>, its log in <paramref name="workspace"/>.</summary>
internal delegate Task<ServerProcess> SiteStarter(
    IReadOnlyDictionary<string, string?> configuration, Uri address, Workspace workspace, CancellationToken cancellationToken);
