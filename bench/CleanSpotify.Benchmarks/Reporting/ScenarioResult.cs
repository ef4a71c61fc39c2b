using CleanSpotify.Benchmarks.Load;

namespace CleanSpotify.Benchmarks.Reporting;

/// <summary>
/// One row of the results table: a scenario's load figures, what it cost at Spotify, and the server's peak memory.
/// <see cref="Connections"/> is 0 for an open loop, which sends each request when it is due.
/// </summary>
internal sealed record ScenarioResult(
    string Name,
    int SeededUsers,
    int Connections,
    LoadResult Load,
    int SpotifyCalls,
    int TokenRequests,
    long PeakMemoryBytes,
    string Notes,
    double? CpuMsPerOperation = null);
