using System.Runtime.CompilerServices;

namespace CleanSpotify.Domain;

/// <summary>Argument checks that hand the value back, so a positional record can check a member as it sets it.</summary>
internal static class Require
{
    public static string NotBlank(string value, [CallerArgumentExpression(nameof(value))] string? paramName = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(value, paramName);
        return value;
    }

    public static T NotNull<T>(T value, [CallerArgumentExpression(nameof(value))] string? paramName = null)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(value, paramName);
        return value;
    }
}
