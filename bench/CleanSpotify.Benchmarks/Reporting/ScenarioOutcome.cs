namespace CleanSpotify.Benchmarks.Reporting;

/// <summary>What one scenario adds to the report: its rows, its targets, how it was set up, and its key figures.</summary>
internal sealed record ScenarioOutcome(
    IReadOnlyList<ScenarioResult> Results,
    IReadOnlyList<TargetCheck> Targets,
    IReadOnlyList<string> Setup,
    IReadOnlyList<string> KeyRatios);
