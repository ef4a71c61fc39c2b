namespace CleanSpotify.Benchmarks.Reporting;

/// <summary>Everything one run found, ready to be written as Markdown and summed up on the console.</summary>
internal sealed record BenchmarkReport(
    MachineInfo Machine,
    DateTimeOffset StartedAt,
    TimeSpan RunTime,
    string Commit,
    string LoadAverageBefore,
    string LoadAverageAfter,
    BenchmarkOptions Options,
    IReadOnlyList<ScenarioResult> Scenarios,
    IReadOnlyList<TargetCheck> Targets,
    IReadOnlyList<string> Setup,
    IReadOnlyList<string> KeyRatios);
