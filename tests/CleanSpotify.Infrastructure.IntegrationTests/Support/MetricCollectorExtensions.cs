using System.Globalization;
using Microsoft.Extensions.Diagnostics.Metrics.Testing;

namespace CleanSpotify.Infrastructure.IntegrationTests.Support;

internal static class MetricCollectorExtensions
{
    /// <summary>Each measurement so far as its tags, sorted by key: "key=value, key=value", in the order recorded.</summary>
    public static IReadOnlyList<string> TagLines(this MetricCollector<long> collector) =>
        collector.GetMeasurementSnapshot()
            .Select(m => string.Join(", ", m.Tags.OrderBy(t => t.Key, StringComparer.Ordinal).Select(t => $"{t.Key}={Convert.ToString(t.Value, CultureInfo.InvariantCulture)}")))
            .ToArray();
}
