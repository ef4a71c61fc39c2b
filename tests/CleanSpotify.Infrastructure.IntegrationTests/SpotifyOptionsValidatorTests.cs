using CleanSpotify.Infrastructure.IntegrationTests.Support;
using CleanSpotify.Infrastructure.Spotify;
using Microsoft.Extensions.DependencyInjection;
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
        var result = Validate(o =>
        {
            if (key == "Spotify:AccountsBaseUrl")
            {
                o.AccountsBaseUrl = value;
            }
            else
            {
                o.ApiBaseUrl = value;
            }
        });

        result.Failed.Should().BeTrue();
        result.Failures.Should().ContainSingle().Which.Should().Contain(key).And.Contain("absolute");
    }

    [Fact]
    public void Validate_SecretWithoutClientId_FailsNamingBothKeys()
    {
        var result = Validate(o => o.ClientId = null);

        result.Failed.Should().BeTrue();
        result.Failures.Should().ContainSingle().Which.Should().Contain("Spotify:ClientId").And.Contain("Spotify:ClientSecret");
    }

    [Fact]
    public async Task AddInfrastructure_InvalidSpotifySection_FailsWhenOptionsAreRead()
    {
        await using var env = await TestEnvironment.StartAsync();
        var host = await env.CreateHostAsync(settings => settings.Configuration["Spotify:RedirectUri"] = "http://localhost:5000/spotify/callback");

        var read = () => host.Services.GetRequiredService<IOptions<SpotifyOptions>>().Value;

        read.Should().Throw<OptionsValidationException>().Which.Message.Should().Contain("Spotify:RedirectUri");
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
}
