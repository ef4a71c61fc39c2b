namespace CleanSpotify.Infrastructure.Telemetry;

/// <summary>
/// The telemetry switch, bound from the <c>Telemetry</c> section and checked at start by
/// <see cref="TelemetryOptionsValidator"/>. Values are strings so that a typo gets a clear sentence, not a binder error.
/// </summary>
internal sealed class TelemetryOptions
{
    public const string SectionName = "Telemetry";

    public const string DefaultServiceName = "CleanSpotify";

    /// <summary><c>None</c> (default), <c>Console</c> or <c>Otlp</c>.</summary>
    public string? Exporter { get; set; } = nameof(TelemetryExporter.None);

    /// <summary>
    /// The collector's base URL. Unset, the standard <c>OTEL_EXPORTER_OTLP_*</c> environment variables decide
    /// (endpoint, protocol, headers).
    /// </summary>
    public string? OtlpEndpoint { get; set; }

    /// <summary><c>Grpc</c> (default) or <c>HttpProtobuf</c>; used with <see cref="OtlpEndpoint"/>.</summary>
    public string? OtlpProtocol { get; set; }

    /// <summary>The <c>service.name</c> of every span, metric and log.</summary>
    public string? ServiceName { get; set; } = DefaultServiceName;
}
