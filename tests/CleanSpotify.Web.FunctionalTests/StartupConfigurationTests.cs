using Microsoft.Extensions.Options;

namespace CleanSpotify.Web.FunctionalTests;

/// <summary>
/// Bad Spotify, database or key ring settings stop the site at start with one clear sentence naming the key, instead
/// of failing a user's first link or page.
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

    [Fact]
    public async Task Start_ValidSettings_Starts()
    {
        await using var factory = new CleanSpotifyWebApplicationFactory();
        await factory.InitializeAsync();

        using var client = factory.CreateBrowserClient();
        var response = await client.GetAsync(new Uri("/", UriKind.Relative), TestContext.Current.CancellationToken);

        response.IsSuccessStatusCode.Should().BeTrue();
    }

    /// <summary>Starts the site with the normal test settings plus <paramref name="settings"/>; returns the start-up failure's text.</summary>
    private static async Task<string> StartWithAsync(params (string Key, string Value)[] settings)
    {
        var all = Flatten(await StartFailureAsync(settings)).ToArray();
        all.Should().Contain(e => e is OptionsValidationException, "bad settings should fail options validation at start");
        return string.Join(Environment.NewLine, all.Select(e => e.Message));
    }

    /// <summary>Starts the site with the normal test settings plus <paramref name="settings"/>; returns the exception the start threw.</summary>
    private static async Task<Exception> StartFailureAsync(params (string Key, string Value)[] settings)
    {
        await using var factory = new CleanSpotifyWebApplicationFactory();
        await factory.InitializeAsync();
        await using var variant = factory.WithWebHostBuilder(builder =>
        {
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
