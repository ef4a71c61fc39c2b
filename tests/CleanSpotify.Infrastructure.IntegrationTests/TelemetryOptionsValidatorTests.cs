using CleanSpotify.Infrastructure.Telemetry;
using Microsoft.Extensions.Options;

namespace CleanSpotify.Infrastructure.IntegrationTests;

public sealed class TelemetryOptionsValidatorTests
{
    [Theory]
    [InlineData(null)]
    [InlineData("None")]
    [InlineData("console")]
    [InlineData("OTLP")]
    public void Validate_KnownExporter_Succeeds(string? exporter)
    {
        var result = Validate(o => o.Exporter = exporter);

        result.Succeeded.Should().BeTrue(result.FailureMessage);
    }

    [Theory]
    [InlineData("Zipkin")]
    [InlineData("2")]
    [InlineData("Console,Otlp")]
    public void Validate_UnknownExporter_FailsListingTheChoices(string exporter)
    {
        var result = Validate(o => o.Exporter = exporter);

        result.Failures.Should().ContainSingle().Which.Should().Be($"Telemetry:Exporter \"{exporter}\" is not known; use None, Console or Otlp.");
    }

    [Fact]
    public void Validate_OtlpWithEndpointAndHttpProtobuf_Succeeds()
    {
        var result = Validate(o =>
        {
            o.Exporter = "Otlp";
            o.OtlpEndpoint = "http://127.0.0.1:4318";
            o.OtlpProtocol = "HttpProtobuf";
        });

        result.Succeeded.Should().BeTrue(result.FailureMessage);
    }

    [Theory]
    [InlineData("collector:4317")]
    [InlineData("/v1/traces")]
    [InlineData("ftp://collector:4317")]
    public void Validate_OtlpEndpointNotAnAbsoluteHttpUrl_FailsNamingTheKey(string endpoint)
    {
        var result = Validate(o =>
        {
            o.Exporter = "Otlp";
            o.OtlpEndpoint = endpoint;
        });

        result.Failures.Should().ContainSingle().Which.Should().StartWith($"Telemetry:OtlpEndpoint \"{endpoint}\" must be an absolute http or https URL");
    }

    [Fact]
    public void Validate_OtlpEndpointWithoutTheOtlpExporter_FailsSayingSo()
    {
        var result = Validate(o => o.OtlpEndpoint = "http://127.0.0.1:4317");

        result.Failures.Should().ContainSingle().Which.Should().Contain("Telemetry:OtlpEndpoint is set but Telemetry:Exporter is not Otlp");
    }

    [Fact]
    public void Validate_UnknownProtocolAndEmptyServiceName_FailsWithOneSentenceEach()
    {
        var result = Validate(o =>
        {
            o.OtlpProtocol = "http/json";
            o.ServiceName = " ";
        });

        result.Failures.Should().HaveCount(2);
        result.Failures.Should().Contain("Telemetry:OtlpProtocol \"http/json\" is not known; use Grpc or HttpProtobuf.");
        result.Failures.Should().Contain(f => f.StartsWith("Telemetry:ServiceName is empty", StringComparison.Ordinal));
    }

    private static ValidateOptionsResult Validate(Action<TelemetryOptions> change)
    {
        var options = new TelemetryOptions();
        change(options);
        return new TelemetryOptionsValidator().Validate(Options.DefaultName, options);
    }
}
