using System.Globalization;
using CleanSpotify.Benchmarks.Scenarios;

namespace CleanSpotify.Benchmarks;

/// <summary>What one run measures and for how long. Every default fits the whole run in a few minutes on 2 cores.</summary>
internal sealed record BenchmarkOptions
{
    public const string Usage = """
        dotnet run -c Release --project bench/CleanSpotify.Benchmarks -- [options]
          --quick                     a check of a change in under 3 minutes: 1000 users, short windows, few flows,
                                      a 30,000-row import, a 1,000-user collector sweep
          --users 1000,10000,100000   linked users seeded for each step of the scale series (ascending)
          --connections 32            wrk connections (signed-in users) on the cached page and the ceiling
          --cold-connections 16       concurrent connections on cold pages
          --warmup-window 5           seconds of each wrk window while warming up until throughput is steady
          --warmup-windows 12         most warm-up windows before measuring anyway (the report says so)
          --rate-workers 16           h2load clients sharing the fixed rate (half the ceiling's throughput)
          --warmup 3                  seconds of load before the .NET-driven scenarios start counting
          --duration 15               seconds each timed scenario counts
          --spotify-latency-ms 80     latency the sandbox adds to every Spotify Web API call
          --link-flows 48             sign-ups that link Spotify end to end
          --output docs/benchmarks.md the report (relative to the repository root); --output - prints it only
          --scenarios pages,history,import,collector  the scenarios to run (default: all); history: 10M plays on PostgreSQL
        """;

    /// <summary>Every scenario <c>--scenarios</c> can name, in the order they run.</summary>
    public static readonly IReadOnlyList<string> AllScenarios = ["pages", HistoryAtScaleScenario.Name, "import", "collector"];

    public IReadOnlyList<int> UserCounts { get; init; } = [1_000, 10_000, 100_000];

    public int Connections { get; init; } = 32;

    public TimeSpan WarmupWindow { get; init; } = TimeSpan.FromSeconds(5);

    public int WarmupWindows { get; init; } = 12;

    public int RateWorkers { get; init; } = 16;

    public bool Quick { get; init; }

    public int ColdConnections { get; init; } = 16;

    public TimeSpan Warmup { get; init; } = TimeSpan.FromSeconds(3);

    public TimeSpan Duration { get; init; } = TimeSpan.FromSeconds(15);

    public TimeSpan SpotifyLatency { get; init; } = TimeSpan.FromMilliseconds(80);

    public int LinkFlows { get; init; } = 48;

    public string Output { get; init; } = "docs/benchmarks.md";

    public IReadOnlyList<string> Scenarios { get; init; } = AllScenarios;

    public bool Runs(string scenario) => Scenarios.Contains(scenario, StringComparer.Ordinal);

    /// <summary>
    /// <c>--quick</c>: the defaults shrunk so a whole run checks a change in under 3 minutes (one step of 1,000 users,
    /// short windows, few link flows); options given with it still apply.
    /// </summary>
    private static BenchmarkOptions QuickCheck => new()
    {
        Quick = true,
        UserCounts = [1_000],
        WarmupWindow = TimeSpan.FromSeconds(2),
        WarmupWindows = 3,
        Warmup = TimeSpan.FromSeconds(1),
        Duration = TimeSpan.FromSeconds(3),
        LinkFlows = 8,
    };

    /// <summary>Reads <c>--quick</c> and <c>--name value</c> pairs; throws <see cref="ArgumentException"/> with a readable message.</summary>
    public static BenchmarkOptions Parse(IReadOnlyList<string> args)
    {
        ArgumentNullException.ThrowIfNull(args);
        var options = args.Contains("--quick") ? QuickCheck : new BenchmarkOptions();
        var rest = args.Where(arg => arg != "--quick").ToArray();
        for (var i = 0; i < rest.Length; i += 2)
        {
            var name = rest[i];
            var value = i + 1 < rest.Length ? rest[i + 1] : throw new ArgumentException($"{name} needs a value.");
            options = name switch
            {
                "--users" => options with { UserCounts = ParseUserCounts(value) },
                "--connections" => options with { Connections = ParsePositive(name, value) },
                "--cold-connections" => options with { ColdConnections = ParsePositive(name, value) },
                "--warmup" => options with { Warmup = TimeSpan.FromSeconds(ParseNonNegative(name, value)) },
                "--warmup-window" => options with { WarmupWindow = TimeSpan.FromSeconds(ParsePositive(name, value)) },
                "--warmup-windows" => options with { WarmupWindows = ParsePositive(name, value) },
                "--rate-workers" => options with { RateWorkers = ParsePositive(name, value) },
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
        var unknown = names.Where(name => !AllScenarios.Contains(name, StringComparer.Ordinal)).ToArray();
        if (names.Length == 0 || unknown.Length > 0)
        {
            throw new ArgumentException($"--scenarios takes one or more of {string.Join(',', AllScenarios)}, not '{value}'.");
        }

        return [.. AllScenarios.Where(names.Contains)];
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
