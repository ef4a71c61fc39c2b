namespace CleanSpotify.Benchmarks.Reporting;

/// <summary>A target of issue #7 and what this run measured against it.</summary>
internal sealed record TargetCheck(string Target, string Measured, bool Pass);
