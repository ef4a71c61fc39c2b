using System.Globalization;
using CleanSpotify.Benchmarks.Scenarios;

namespace CleanSpotify.Benchmarks;

/// <summary>What one run measures and for how long. Every default fits the whole run in a few minutes on 2 cores.</summary>
internal sealed record BenchmarkOptions
{
    public const string Usage = """
        dotnet run -c Release --project bench/CleanSpotify.Benchmarks -- [options]
          --users 1000,10000,100000   linked users seeded for each step of the scale series (ascending)
          --connections 64            concurrent connections (signed-in users) on the cached page and the ceiling
          --cold-connections 16       concurrent connections on cold pages
          --warmup 3                  seconds of load before each timed scenario starts counting
          --duration 15               seconds each timed scenario counts
          --spotify-latency-ms 80     latency the sandbox adds to every Spotify Web API call
          --link-flows 48             sign-ups that link Spotify end to end
          --output docs/benchmarks.md the report (relative to the repository root); --output - prints it only
          --scenarios pages,history   which scenarios run: pages (top lists, sign-in, link flow), history (10M plays on PostgreSQL)
          --quick                     a run of under 3 minutes: --users 1000 --warmup 2 --duration 5 --link-flows 16, and 1M plays
                                      for history (options after it override)
        """;

    public const string PagesScenario = "pages";

    public static readonly IReadOnlyList<string> KnownScenarios = [PagesScenario, HistoryAtScaleScenario.Name];

    public IReadOnlyList<int> UserCounts { get; init; } = [1_000, 10_000, 100_000];

    public int Connections { get; init; } = 64;

    public int ColdConnections { get; init; } = 16;

    public TimeSpan Warmup { get; init; } = TimeSpan.FromSeconds(3);

    public TimeSpan Duration { get; init; } = TimeSpan.FromSeconds(15);

    public TimeSpan SpotifyLatency { get; init; } = TimeSpan.FromMilliseconds(80);

    public int LinkFlows { get; init; } = 48;

    public string Output { get; init; } = "docs/benchmarks.md";

    public IReadOnlyList<string> Scenarios { get; init; } = KnownScenarios;

    /// <summary>Smaller data sets and shorter timings, for checking a change rather than recording figures.</summary>
    public bool Quick { get; init; }

    public bool Runs(string scenario) => Scenarios.Contains(scenario, StringComparer.Ordinal);

    /// <summary>Reads <c>--name value</c> pairs; throws <see cref="ArgumentException"/> with a readable message.</summary>
    public static BenchmarkOptions Parse(IReadOnlyList<string> args)
    {
        ArgumentNullException.ThrowIfNull(args);
        var options = new BenchmarkOptions();
        for (var i = 0; i < args.Count; i++)
        {
            var name = args[i];
            if (name == "--quick")
            {
                options = options with { Quick = true, UserCounts = [1_000], Warmup = TimeSpan.FromSeconds(2), Duration = TimeSpan.FromSeconds(5), LinkFlows = 16 };
                continue;
            }

            var value = ++i < args.Count ? args[i] : throw new ArgumentException($"{name} needs a value.");
            options = name switch
            {
                "--users" => options with { UserCounts = ParseUserCounts(value) },
                "--connections" => options with { Connections = ParsePositive(name, value) },
                "--cold-connections" => options with { ColdConnections = ParsePositive(name, value) },
                "--warmup" => options with { Warmup = TimeSpan.FromSeconds(ParseNonNegative(name, value)) },
                "--duration" => options with { Duration = TimeSpan.FromSeconds(ParsePositive(name, value)) },
                "--spotify-latency-ms" => options with { SpotifyLatency = TimeSpan.FromMilliseconds(ParseNonNegative(name, value)) },
                "--link-flows" => options with { LinkFlows = ParsePositive(name, value) },
                "--output" => options with { Output = value },
                "--scenarios" => options with { Scenarios = ParseScenarios(value) },
                _ => throw new ArgumentException($"Unknown option {name}."),
            };
        }

        return options;
    }

    private static int[] ParseUserCounts(string value)
    {
        var counts = value.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(part => ParsePositive("--users", part))
            .ToArray();
        if (counts.Length == 0 || counts.Zip(counts.Skip(1)).Any(pair => pair.Second <= pair.First))
        {
            throw new ArgumentException("--users needs one or more ascending counts, e.g. 1000,10000,100000.");
        }

        return counts;
    }

    private static string[] ParseScenarios(string value)
    {
        var names = value.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        return names.Length > 0 && names.All(name => KnownScenarios.Contains(name, StringComparer.Ordinal))
            ? names
            : throw new ArgumentException($"--scenarios needs one or more of {string.Join(',', KnownScenarios)}, not '{value}'.");
    }

    private static int ParsePositive(string name, string value) =>
        int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var number) && number > 0
            ? number
            : throw new ArgumentException($"{name} needs a whole number above 0, not '{value}'.");

    private static int ParseNonNegative(string name, string value) =>
        int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var number)
            ? number
            : throw new ArgumentException($"{name} needs a whole number of 0 or more, not '{value}'.");
}
