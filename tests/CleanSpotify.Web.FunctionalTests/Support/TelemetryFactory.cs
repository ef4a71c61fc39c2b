using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using OpenTelemetry.Exporter;
using OpenTelemetry.Trace;

namespace CleanSpotify.Web.FunctionalTests.Support;

/// <summary>
/// The site with <c>Telemetry:Exporter=Console</c> (printed to the debug output, not the test log) and every ended
/// span also kept in <see cref="Spans"/>, behind the site's own instrumentation and redaction.
/// </summary>
public sealed class TelemetryFactory : CleanSpotifyWebApplicationFactory
{
    /// <summary>Added to the site's tracer provider, which disposes it with the site.</summary>
    public SpanCapture Spans { get; } = new();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Telemetry:Exporter", "Console");
    }

    protected override void ConfigureTestServices(IServiceCollection services)
    {
        services.Configure<ConsoleExporterOptions>(options => options.Targets = ConsoleExporterOutputTargets.Debug);
        services.ConfigureOpenTelemetryTracerProvider(tracing => tracing.AddProcessor(Spans));
    }
}
