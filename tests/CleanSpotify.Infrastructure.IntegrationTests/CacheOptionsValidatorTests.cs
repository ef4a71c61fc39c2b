using CleanSpotify.Infrastructure.Caching;
using CleanSpotify.Infrastructure.IntegrationTests.Support;

namespace CleanSpotify.Infrastructure.IntegrationTests;

/// <summary>The <c>Cache</c> section: the default passes, and a limit that is not positive stops start-up naming its key.</summary>
public sealed class CacheOptionsValidatorTests
{
    [Fact]
    public void Validate_Default_Succeeds()
    {
        var result = new CacheOptionsValidator().Validate(null, new CacheOptions());

        result.Succeeded.Should().BeTrue(result.FailureMessage);
    }

    [Fact]
    public void Validate_LimitNotPositive_FailsNamingTheKey()
    {
        var result = new CacheOptionsValidator().Validate(null, new CacheOptions { MemoryLimitMegabytes = 0 });

        result.Failures.Should().Equal("Cache:MemoryLimitMegabytes must be a positive number of megabytes (default 256); 0 is not.");
    }

    [Fact]
    public async Task Start_WithMemoryLimitZero_IsRefusedNamingTheKey()
    {
        var act = () => TestEnvironment.StartAsync(settings => settings.Configuration["Cache:MemoryLimitMegabytes"] = "0");

        (await act.Should().ThrowAsync<InvalidOperationException>()).Which.Message.Should().Contain("Cache:MemoryLimitMegabytes must be a positive number");
    }
}
