using CleanSpotify.Infrastructure.IntegrationTests.Support;
using CleanSpotify.Infrastructure.Spotify;
using Microsoft.Extensions.Options;

namespace CleanSpotify.Infrastructure.IntegrationTests;

public sealed class SpotifyOptionsValidatorTests
{
    [Fact]
    public void Validate_CompleteLoopbackConfiguration_Succeeds()
    {
        var result = Validate(_ => { });

        result.Succeeded.Should().BeTrue(result.FailureMessage);
    }

    [Fact]
    public void Validate_LocalhostRedirectUri_FailsNamingRedirectUri()
    {
        var result = Validate(o => o.RedirectUri = "http://localhost:5000/spotify/callback");

        result.Failed.Should().BeTrue();
        result.Failures.Should().ContainSingle().Which.Should().Contain("Spotify:RedirectUri").And.Contain("localhost").And.Contain("127.0.0.1");
    }

    [Fact]
    public void Validate_PlainHttpRedirectUriOnPublicHost_FailsNamingRedirectUri()
    {
        var result = Validate(o => o.RedirectUri = "http://cleanspotify.example.com/spotify/callback");

        result.Failed.Should().BeTrue();
        result.Failures.Should().ContainSingle().Which.Should().Contain("Spotify:RedirectUri").And.Contain("https");
    }

    [Theory]
    [InlineData("Spotify:AccountsBaseUrl", "accounts.spotify.com")]
    [InlineData("Spotify:ApiBaseUrl", "/v1")]
    public void Validate_RelativeBaseUrl_FailsNamingTheKey(string key, string value)
    {
        var result = Validate(o => SetBaseUrl(o, key, value));

        result.Failed.Should().BeTrue();
        result.Failures.Should().ContainSingle().Which.Should().Contain(key).And.Contain("absolute");
    }

    [Theory]
    [InlineData("Spotify:AccountsBaseUrl", "http://accounts.spotify.com")]
    [InlineData("Spotify:ApiBaseUrl", "http://api.spotify.com/v1")]
    [InlineData("Spotify:ApiBaseUrl", "http://203.0.113.7:8080/v1")]
    [InlineData("Spotify:AccountsBaseUrl", "http://0.0.0.0:5005")]
    public void Validate_PlainHttpBaseUrlBeyondLoopback_FailsNamingTheKey(string key, string value)
    {
        var result = Validate(o => SetBaseUrl(o, key, value));

        result.Failed.Should().BeTrue();
        result.Failures.Should().ContainSingle().Which.Should()
            .StartWith($"{key} \"{value}\" uses plain http on a non-loopback host").And.Contain("clear text").And.Contain("use https");
    }

    [Theory]
    [InlineData("Spotify:AccountsBaseUrl", "http://127.0.0.1:5005")]
    [InlineData("Spotify:ApiBaseUrl", "http://[::1]:5005/v1")]
    [InlineData("Spotify:ApiBaseUrl", "http://localhost:5005/v1")]
    [InlineData("Spotify:ApiBaseUrl", "https://spotify-compatible.example/v1")]
    public void Validate_HttpsOrLoopbackHttpBaseUrl_Succeeds(string key, string value)
    {
        var result = Validate(o => SetBaseUrl(o, key, value));

        result.Succeeded.Should().BeTrue(result.FailureMessage);
    }

    [Fact]
    public void Validate_SecretWithoutClientId_FailsNamingBothKeys()
    {
        var result = Validate(o => o.ClientId = null);

        result.Failed.Should().BeTrue();
        result.Failures.Should().ContainSingle().Which.Should().Contain("Spotify:ClientId").And.Contain("Spotify:ClientSecret");
    }

    [Fact]
    public async Task AddInfrastructure_InvalidSpotifySection_FailsAtStart()
    {
        await using var env = await TestEnvironment.StartAsync();

        var start = () => env.CreateHostAsync(settings => settings.Configuration["Spotify:RedirectUri"] = "http://localhost:5000/spotify/callback");

        (await start.Should().ThrowAsync<OptionsValidationException>()).Which.Message.Should().Contain("Spotify:RedirectUri");
    }

    private static ValidateOptionsResult Validate(Action<SpotifyOptions> change)
    {
        var options = new SpotifyOptions
        {
            ClientId = "0123456789abcdef",
            ClientSecret = "fedcba9876543210",
            RedirectUri = "http://127.0.0.1:5000/spotify/callback",
            AccountsBaseUrl = "https://accounts.spotify.com",
            ApiBaseUrl = "https://api.spotify.com/v1",
        };
        change(options);
        return new SpotifyOptionsValidator().Validate(Options.DefaultName, options);
    }

    private static void SetBaseUrl(SpotifyOptions options, string key, string value)
    {
        if (key == "Spotify:AccountsBaseUrl")
        {
            options.AccountsBaseUrl = value;
        }
        else
        {
            options.ApiBaseUrl = value;
        }
    }
}
