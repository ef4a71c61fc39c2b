using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using OpenTelemetry;
using OpenTelemetry.Exporter;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

namespace CleanSpotify.Infrastructure.Telemetry;

/// <summary>CleanSpotify's metrics, and the OpenTelemetry SDK with the exporter <c>Telemetry:Exporter</c> names.</summary>
internal static class TelemetryServiceCollectionExtensions
{
    /// <summary>
    /// Always: the <see cref="CleanSpotifyMetrics"/> instruments and the validated options. With an exporter: traces
    /// of ASP.NET Core, HttpClient, EF Core and CleanSpotify's own spans; metrics of ASP.NET Core, HttpClient, the
    /// runtime and CleanSpotify; and with OTLP also the logs. With <c>None</c> (or a setting that fails validation,
    /// which then stops the start) no SDK is registered: the instruments cost next to nothing while nothing listens.
    /// </summary>
    public static IServiceCollection AddCleanSpotifyTelemetry(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddMetrics();
        services.AddSingleton<CleanSpotifyMetrics>();
        var section = configuration.GetSection(TelemetryOptions.SectionName);
        services.AddOptions<TelemetryOptions>().Bind(section).ValidateOnStart();
        services.AddSingleton<IValidateOptions<TelemetryOptions>, TelemetryOptionsValidator>();

        var options = section.Get<TelemetryOptions>() ?? new TelemetryOptions();
        if (new TelemetryOptionsValidator().Validate(null, options).Failed
            || !TelemetryOptionsValidator.TryParseExporter(options.Exporter, out var exporter)
            || exporter == TelemetryExporter.None)
        {
            return services;
        }

        var telemetry = services.AddOpenTelemetry()
            .ConfigureResource(resource => resource.AddService(options.ServiceName!))
            .WithTracing(tracing => tracing
                .AddSource(CleanSpotifyTracing.SourceName)
                .AddAspNetCoreInstrumentation(aspNetCore => aspNetCore.EnrichWithHttpRequest = ServerSpanRedaction.RedactQuery)
                .AddHttpClientInstrumentation()
                .AddEntityFrameworkCoreInstrumentation())
            .WithMetrics(metrics => metrics
                .AddMeter(CleanSpotifyMetrics.MeterName)
                .AddAspNetCoreInstrumentation()
                .AddHttpClientInstrumentation()
                .AddRuntimeInstrumentation());

        if (exporter == TelemetryExporter.Console)
        {
            telemetry
                .WithTracing(tracing => tracing.AddConsoleExporter())
                .WithMetrics(metrics => metrics.AddConsoleExporter());
        }
        else if (Uri.TryCreate(options.OtlpEndpoint, UriKind.Absolute, out var endpoint))
        {
            telemetry.UseOtlpExporter(
                TelemetryOptionsValidator.TryParseProtocol(options.OtlpProtocol, out var protocol) ? protocol : OtlpExportProtocol.Grpc,
                endpoint);
        }
        else
        {
            telemetry.UseOtlpExporter();
        }

        return services;
    }
}
