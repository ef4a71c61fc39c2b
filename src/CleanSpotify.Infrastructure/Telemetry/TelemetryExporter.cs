namespace CleanSpotify.Infrastructure.Telemetry;

/// <summary>Where traces and metrics go (<c>Telemetry:Exporter</c>).</summary>
internal enum TelemetryExporter
{
    /// <summary>Nowhere: the OpenTelemetry SDK is not even registered.</summary>
    None = 0,

    /// <summary>Traces and metrics printed to standard output.</summary>
    Console = 1,

    /// <summary>Traces, metrics and logs sent over OTLP to a collector.</summary>
    Otlp = 2,
}
