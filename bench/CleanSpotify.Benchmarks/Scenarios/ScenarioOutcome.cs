using CleanSpotify.Benchmarks.Reporting;

namespace CleanSpotify.Benchmarks.Scenarios;

/// <summary>What a scenario adds to the report: its rows, its targets and the setup lines that explain them.</summary>
internal sealed record ScenarioOutcome(IReadOnlyList<ScenarioResult> Results, IReadOnlyList<TargetCheck> Targets, IReadOnlyList<string> Setup);
