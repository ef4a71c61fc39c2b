using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using OpenTelemetry.Exporter;
using OpenTelemetry.Logs;
using OpenTelemetry.Metrics;
using OpenTelemetry.Trace;

namespace CleanSpotify.Web.FunctionalTests;

/// <summary>
/// Bad Spotify, database, key ring or telemetry settings stop the site at start with one clear sentence naming the
/// key, instead of failing a user's first link or page; the telemetry exporter switch starts the site with, or
/// without, the OpenTelemetry SDK.
/// </summary>
public sealed class StartupConfigurationTests
{
    [Fact]
    public async Task Start_RedirectUriOnLocalhost_FailsNamingLocalhost()
    {
        var failure = await StartWithAsync(("Spotify:RedirectUri", "http://localhost:5000/spotify/callback"));

        failure.Should().Contain("Spotify:RedirectUri").And.Contain("uses localhost").And.Contain("http://127.0.0.1:5000/spotify/callback");
    }

    [Fact]
    public async Task Start_RelativeAccountsBaseUrl_FailsNamingTheKey()
    {
        var failure = await StartWithAsync(("Spotify:AccountsBaseUrl", "/relative"));

        failure.Should().Contain("Spotify:AccountsBaseUrl").And.Contain("absolute http or https URL");
    }

    [Fact]
    public async Task Start_ClientSecretWithoutClientId_FailsWithTheMessage()
    {
        var failure = await StartWithAsync(("Spotify:ClientId", string.Empty));

        failure.Should().Contain("Spotify:ClientSecret is set but Spotify:ClientId is not");
    }

    [Fact]
    public async Task Start_UnknownDatabaseProvider_FailsNamingTheKeyAndTheAllowedValues()
    {
        var failure = await StartFailureAsync(("Database:Provider", "Oracle"));

        failure.Should().BeOfType<InvalidOperationException>()
            .Which.Message.Should().Be("Database:Provider must be one of Sqlite, Postgres; 'Oracle' is not.");
    }

    [Theory]
    [InlineData("History:MaxBudgetShare", "1.5", "History:MaxBudgetShare must be more than 0 and at most 1")]
    [InlineData("History:PollInterval", "00:01:00", "History:PollInterval must be at least History:MinPollInterval")]
    public async Task Start_BadHistorySetting_FailsNamingTheKey(string key, string value, string sentence)
    {
        var failure = await StartFailureAsync(("History:Enabled", "true"), (key, value));

        failure.Should().BeOfType<InvalidOperationException>().Which.Message.Should().Contain(sentence);
    }

    [Fact]
    public async Task Start_PostgresWithoutConnectionString_FailsNamingTheConnectionString()
    {
        var failure = await StartFailureAsync(("Database:Provider", "Postgres"), ("ConnectionStrings:CleanSpotify", string.Empty));

        failure.Should().BeOfType<InvalidOperationException>()
            .Which.Message.Should().Be(
                "ConnectionStrings:CleanSpotify must be set to a PostgreSQL connection string when Database:Provider is Postgres.");
    }

    [Fact]
    public async Task Start_UnknownKeyStore_FailsNamingTheKeyAndTheAllowedValues()
    {
        var failure = await StartFailureAsync(("DataProtection:KeyStore", "Vault"));

        failure.Should().BeOfType<InvalidOperationException>()
            .Which.Message.Should().Be("DataProtection:KeyStore must be one of FileSystem, Database; 'Vault' is not.");
    }

    [Theory]
    [InlineData("Urls", "http://0.0.0.0:5000", "Urls", "http://0.0.0.0:5000")]
    [InlineData("Kestrel:Endpoints:Public:Url", "http://[::]:8080", "Kestrel:Endpoints:Public:Url", "http://[::]:8080")]
    [InlineData("HTTP_PORTS", "8080", "HTTP_PORTS", "http://*:8080")]
    public async Task Start_SandboxWhileListeningBeyondLoopback_FailsNamingTheKeyAndClientId(string key, string value, string namedKey, string namedUrl)
    {
        var failure = await StartFailureAsync(("Spotify:ClientId", string.Empty), ("Spotify:ClientSecret", string.Empty), (key, value));

        failure.Should().BeOfType<InvalidOperationException>()
            .Which.Message.Should().Be(
                $"The built-in Spotify sandbox is for local use only, but no Spotify credentials are set and {namedKey} makes the site listen on {namedUrl}, beyond loopback; set Spotify:ClientId and Spotify:ClientSecret to your Spotify app's, or listen on 127.0.0.1, [::1] or localhost only.");
    }

    [Theory]
    [InlineData("Spotify:ApiBaseUrl", "http://api.spotify.example/v1")]
    [InlineData("Spotify:AccountsBaseUrl", "http://accounts.spotify.example")]
    public async Task Start_PlainHttpSpotifyBaseUrlBeyondLoopback_FailsNamingTheKey(string key, string value)
    {
        var failure = await StartWithAsync((key, value));

        failure.Should().Contain($"{key} \"{value}\" uses plain http on a non-loopback host");
    }

    [Fact]
    public async Task Start_DatabaseKeyStoreWithoutCertificateOutsideDevelopment_FailsNamingBothKeys()
    {
        var failure = await StartWithAsync(Environments.Production, ("DataProtection:KeyStore", "Database"));

        failure.Should().Contain(
            "DataProtection:KeyStore is Database but DataProtection:CertificatePath is not set, which outside Development would keep the key ring in plain text next to the tokens it protects; set DataProtection:CertificatePath to a PFX certificate kept apart from the database.");
    }

    [Fact]
    public async Task Start_DatabaseKeyStoreWithoutCertificateInDevelopment_Serves()
    {
        await using var factory = new CleanSpotifyWebApplicationFactory();
        await factory.InitializeAsync();
        await using var variant = factory.WithWebHostBuilder(builder =>
        {
            builder.UseEnvironment(Environments.Development);
            builder.UseSetting("DataProtection:KeyStore", "Database");
        });

        await AssertServesAsync(variant);
    }

    [Fact]
    public async Task Start_FileSystemKeyStoreOutsideDevelopment_Serves()
    {
        await using var factory = new CleanSpotifyWebApplicationFactory();
        await factory.InitializeAsync();
        await using var variant = factory.WithWebHostBuilder(builder => builder.UseEnvironment(Environments.Production));

        await AssertServesAsync(variant);
    }

    [Fact]
    public async Task Start_ValidSettings_Starts()
    {
        await using var factory = new CleanSpotifyWebApplicationFactory();
        await factory.InitializeAsync();

        using var client = factory.CreateBrowserClient();
        var response = await client.GetAsync(new Uri("/", UriKind.Relative), TestContext.Current.CancellationToken);

        response.IsSuccessStatusCode.Should().BeTrue();
    }

    [Fact]
    public async Task Start_TelemetryExporterUnset_RegistersNoOpenTelemetrySdkAndSoNoExporter()
    {
        await using var factory = new CleanSpotifyWebApplicationFactory();
        await factory.InitializeAsync();

        using var client = factory.CreateClient();
        (await client.GetAsync(new Uri("/health/live", UriKind.Relative), TestContext.Current.CancellationToken)).StatusCode.Should().Be(HttpStatusCode.OK);

        factory.Services.GetService<TracerProvider>().Should().BeNull();
        factory.Services.GetService<MeterProvider>().Should().BeNull();
        factory.Services.GetService<LoggerProvider>().Should().BeNull();
    }

    [Fact]
    public async Task Start_TelemetryExporterConsole_ServesWithTracesAndMetrics()
    {
        await using var factory = new CleanSpotifyWebApplicationFactory();
        await factory.InitializeAsync();
        await using var variant = factory.WithWebHostBuilder(builder =>
        {
            builder.UseSetting("Telemetry:Exporter", "Console");
            builder.ConfigureTestServices(services => services.Configure<ConsoleExporterOptions>(o => o.Targets = ConsoleExporterOutputTargets.Debug));
        });

        await AssertServesAsync(variant);

        variant.Services.GetService<TracerProvider>().Should().NotBeNull();
        variant.Services.GetService<MeterProvider>().Should().NotBeNull();
        variant.Services.GetService<LoggerProvider>().Should().BeNull("the console logger already prints the logs");
    }

    [Fact]
    public async Task Start_TelemetryExporterOtlpWithEndpoint_ServesWithTracesMetricsAndLogs()
    {
        await using var factory = new CleanSpotifyWebApplicationFactory();
        await factory.InitializeAsync();
        await using var variant = factory.WithWebHostBuilder(builder =>
        {
            builder.UseSetting("Telemetry:Exporter", "Otlp");
            builder.UseSetting("Telemetry:OtlpEndpoint", "http://127.0.0.1:9");
            builder.UseSetting("Telemetry:ServiceName", "cleanspotify-test");
        });

        await AssertServesAsync(variant);

        variant.Services.GetService<TracerProvider>().Should().NotBeNull();
        variant.Services.GetService<MeterProvider>().Should().NotBeNull();
        variant.Services.GetService<LoggerProvider>().Should().NotBeNull();
    }

    [Fact]
    public async Task Start_UnknownTelemetryExporter_FailsNamingTheKeyAndTheChoices()
    {
        var failure = await StartWithAsync(("Telemetry:Exporter", "Zipkin"));

        failure.Should().Contain("Telemetry:Exporter \"Zipkin\" is not known; use None, Console or Otlp.");
    }

    [Fact]
    public async Task Start_RelativeOtlpEndpoint_FailsNamingTheKey()
    {
        var failure = await StartWithAsync(("Telemetry:Exporter", "Otlp"), ("Telemetry:OtlpEndpoint", "collector:4317"));

        failure.Should().Contain("Telemetry:OtlpEndpoint \"collector:4317\" must be an absolute http or https URL");
    }

    private static async Task AssertServesAsync(WebApplicationFactory<Program> factory)
    {
        using var client = factory.CreateClient();
        var response = await client.GetAsync(new Uri("/health/ready", UriKind.Relative), TestContext.Current.CancellationToken);
        response.StatusCode.Should().Be(HttpStatusCode.OK);
    }

    /// <summary>Starts the site with the normal test settings plus <paramref name="settings"/>; returns the start-up failure's text.</summary>
    private static Task<string> StartWithAsync(params (string Key, string Value)[] settings) =>
        StartWithAsync(Environments.Development, settings);

    /// <summary>
    /// As <see cref="StartWithAsync(ValueTuple{string, string}[])"/>, in <paramref name="environment"/>. The text is
    /// read from the exception the start threw and from what the host logged: when the site's host stops on an options
    /// failure, the test host can lose the race to report it and throw an <see cref="ObjectDisposedException"/> instead,
    /// but "Hosting failed to start" always logs the real failure.
    /// </summary>
    private static async Task<string> StartWithAsync(string environment, params (string Key, string Value)[] settings)
    {
        await using var factory = new CleanSpotifyWebApplicationFactory();
        var thrown = await StartFailureAsync(factory, environment, settings);
        var text = string.Join(
            Environment.NewLine,
            Flatten(thrown).Select(e => $"{e.GetType().FullName}: {e.Message}")
                .Concat(factory.Logs.Entries.Where(e => e.Exception is not null).Select(e => e.Exception!)));
        text.Should().Contain(typeof(OptionsValidationException).FullName!, "bad settings should fail options validation at start");
        return text;
    }

    /// <summary>Starts the site with the normal test settings plus <paramref name="settings"/>; returns the exception the start threw.</summary>
    private static async Task<Exception> StartFailureAsync(params (string Key, string Value)[] settings)
    {
        await using var factory = new CleanSpotifyWebApplicationFactory();
        return await StartFailureAsync(factory, Environments.Development, settings);
    }

    private static async Task<Exception> StartFailureAsync(
        CleanSpotifyWebApplicationFactory factory, string environment, (string Key, string Value)[] settings)
    {
        await factory.InitializeAsync();
        await using var variant = factory.WithWebHostBuilder(builder =>
        {
            builder.UseEnvironment(environment);
            foreach (var (key, value) in settings)
            {
                builder.UseSetting(key, value);
            }
        });

        var start = () => variant.CreateClient();

        return start.Should().Throw<Exception>().Which;
    }

    private static IEnumerable<Exception> Flatten(Exception exception)
    {
        yield return exception;
        var inner = exception is AggregateException aggregate ? aggregate.InnerExceptions : (exception.InnerException is { } one ? [one] : []);
        foreach (var child in inner.SelectMany(Flatten))
        {
            yield return child;
        }
    }
}
