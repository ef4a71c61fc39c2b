using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace CleanSpotify.Infrastructure;

/// <summary>
/// Options a registration must branch on while services are being composed (which database, where the key ring
/// lives): bound once, checked by their validator at once, and registered with the same binding and validator to run
/// again at start with the rest.
/// </summary>
internal static class ValidatedOptions
{
    /// <summary>The bound options; invalid settings stop composition with the validator's sentence naming the key.</summary>
    public static TOptions AddValidatedNow<TOptions>(this IServiceCollection services, Action<TOptions> bind, IValidateOptions<TOptions> validator)
        where TOptions : class, new()
    {
        var options = new TOptions();
        bind(options);
        var result = validator.Validate(Options.DefaultName, options);
        if (result.Failed)
        {
            throw new InvalidOperationException(result.FailureMessage);
        }

        services.AddOptions<TOptions>().Configure(bind).ValidateOnStart();
        services.AddSingleton(validator);
        return options;
    }
}

/// <summary>Reads an enum-valued setting, refusing an unknown value with one sentence naming the key and the choices.</summary>
internal static class ConfiguredEnum
{
    /// <summary><paramref name="configured"/> as a <typeparamref name="TEnum"/>; <paramref name="fallback"/> when unset.</summary>
    public static TEnum Parse<TEnum>(string? configured, TEnum fallback)
        where TEnum : struct, Enum =>
        string.IsNullOrWhiteSpace(configured) ? fallback : Enum.Parse<TEnum>(configured, ignoreCase: true);

    /// <summary>The failure for <paramref name="key"/>, or null when it is unset or names a value.</summary>
    public static string? Check<TEnum>(string key, string? configured)
        where TEnum : struct, Enum =>
        string.IsNullOrWhiteSpace(configured)
        || (Enum.TryParse<TEnum>(configured, ignoreCase: true, out var value) && Enum.IsDefined(value))
            ? null
            : $"{key} must be one of {string.Join(", ", Enum.GetNames<TEnum>())}; '{configured}' is not.";
}
