using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Text;
using OpenTelemetry;

namespace CleanSpotify.Web.FunctionalTests.Support;

/// <summary>
/// Keeps every span the site's tracer provider ends, as an exporter would receive it. The provider listens
/// process-wide, so tests pick their own spans by the trace id they sent in <c>traceparent</c>.
/// </summary>
public sealed class SpanCapture : BaseProcessor<Activity>
{
    private readonly ConcurrentQueue<Activity> _ended = new();

    /// <summary>A <c>traceparent</c> header value starting a new sampled trace, and that trace's id.</summary>
    public static (string Header, ActivityTraceId TraceId) NewTraceParent()
    {
        var traceId = ActivityTraceId.CreateRandom();
        return ($"00-{traceId.ToHexString()}-{ActivitySpanId.CreateRandom().ToHexString()}-01", traceId);
    }

    public IReadOnlyList<Activity> InTrace(ActivityTraceId traceId) => _ended.Where(a => a.TraceId == traceId).ToArray();

    /// <summary>Waits (bounded) until a span of <paramref name="traceId"/> matching <paramref name="match"/> has ended.</summary>
    public async Task<Activity> WaitForAsync(ActivityTraceId traceId, Func<Activity, bool> match)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
        timeout.CancelAfter(TimeSpan.FromSeconds(10));
        while (true)
        {
            if (InTrace(traceId).FirstOrDefault(match) is { } span)
            {
                return span;
            }

            await Task.Delay(TimeSpan.FromMilliseconds(10), timeout.Token);
        }
    }

    /// <summary>Everything an exporter would send of a span: name, tags, status, events with their tags, baggage.</summary>
    public static string Describe(Activity span)
    {
        ArgumentNullException.ThrowIfNull(span);
        var text = new StringBuilder().Append(span.Source.Name).Append(' ').Append(span.DisplayName).Append(' ').Append(span.StatusDescription);
        foreach (var (key, value) in span.TagObjects.Concat(span.Events.SelectMany(e => e.Tags.Prepend(new("event", e.Name)))))
        {
            text.Append(CultureInfo.InvariantCulture, $" | {key}={Convert.ToString(value, CultureInfo.InvariantCulture)}");
        }

        foreach (var (key, value) in span.Baggage)
        {
            text.Append(CultureInfo.InvariantCulture, $" | baggage {key}={value}");
        }

        return text.ToString();
    }

    public override void OnEnd(Activity data) => _ended.Enqueue(data);
}
