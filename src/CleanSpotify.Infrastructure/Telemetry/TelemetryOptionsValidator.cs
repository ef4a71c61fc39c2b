using Microsoft.Extensions.Options;
using OpenTelemetry.Exporter;

namespace CleanSpotify.Infrastructure.Telemetry;

/// <summary>Start-up checks of the <c>Telemetry</c> section: one sentence per problem, naming the key and what it accepts.</summary>
internal sealed class TelemetryOptionsValidator : IValidateOptions<TelemetryOptions>
{
    public ValidateOptionsResult Validate(string? name, TelemetryOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var failures = new List<string>();

        if (!TryParseExporter(options.Exporter, out var exporter))
        {
            failures.Add($"Telemetry:Exporter \"{options.Exporter}\" is not known; use None, Console or Otlp.");
        }

        if (!string.IsNullOrEmpty(options.OtlpEndpoint))
        {
            if (!Uri.TryCreate(options.OtlpEndpoint, UriKind.Absolute, out var endpoint) || (endpoint.Scheme != Uri.UriSchemeHttp && endpoint.Scheme != Uri.UriSchemeHttps))
            {
                failures.Add($"Telemetry:OtlpEndpoint \"{options.OtlpEndpoint}\" must be an absolute http or https URL such as http://127.0.0.1:4317.");
            }
            else if (exporter != TelemetryExporter.Otlp)
            {
                failures.Add("Telemetry:OtlpEndpoint is set but Telemetry:Exporter is not Otlp; set Telemetry:Exporter to Otlp, or remove the endpoint.");
            }
        }

        if (!TryParseProtocol(options.OtlpProtocol, out _))
        {
            failures.Add($"Telemetry:OtlpProtocol \"{options.OtlpProtocol}\" is not known; use Grpc or HttpProtobuf.");
        }

        if (string.IsNullOrWhiteSpace(options.ServiceName))
        {
            failures.Add($"Telemetry:ServiceName is empty; leave it unset for \"{TelemetryOptions.DefaultServiceName}\" or name this service.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    /// <summary>Reads <c>Telemetry:Exporter</c>, ignoring case; unset means <see cref="TelemetryExporter.None"/>.</summary>
    public static bool TryParseExporter(string? value, out TelemetryExporter exporter) =>
        TryParseName(value, TelemetryExporter.None, out exporter);

    /// <summary>Reads <c>Telemetry:OtlpProtocol</c>, ignoring case; unset means gRPC, the OTLP default.</summary>
    public static bool TryParseProtocol(string? value, out OtlpExportProtocol protocol) =>
        TryParseName(value, OtlpExportProtocol.Grpc, out protocol);

    /// <summary>An enum member by name only: numbers and combinations are refused.</summary>
    private static bool TryParseName<TEnum>(string? value, TEnum unset, out TEnum parsed)
        where TEnum : struct, Enum
    {
        parsed = unset;
        return string.IsNullOrEmpty(value)
            || (value.All(char.IsAsciiLetter) && Enum.TryParse(value, ignoreCase: true, out parsed));
    }
}
