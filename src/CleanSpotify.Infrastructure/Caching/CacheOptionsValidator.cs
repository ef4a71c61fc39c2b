using Microsoft.Extensions.Options;

namespace CleanSpotify.Infrastructure.Caching;

/// <summary>Start-up check of the <c>Cache</c> section: one sentence, naming the key.</summary>
internal sealed class CacheOptionsValidator : IValidateOptions<CacheOptions>
{
    public ValidateOptionsResult Validate(string? name, CacheOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return options.MemoryLimitMegabytes > 0
            ? ValidateOptionsResult.Success
            : ValidateOptionsResult.Fail(
                $"Cache:MemoryLimitMegabytes must be a positive number of megabytes (default {new CacheOptions().MemoryLimitMegabytes}); {options.MemoryLimitMegabytes} is not.");
    }
}
