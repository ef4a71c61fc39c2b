namespace CleanSpotify.Web.FunctionalTests.Support;

/// <summary>One <c>Set-Cookie</c> header: the cookie's name and its attributes, lower-cased (<c>secure</c>, <c>path=/</c>, …).</summary>
public sealed record SetCookie(string Name, IReadOnlyList<string> Attributes)
{
    public static SetCookie Parse(string header)
    {
        ArgumentNullException.ThrowIfNull(header);
        var parts = header.Split(';', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        return new SetCookie(parts[0][..parts[0].IndexOf('=', StringComparison.Ordinal)], [.. parts.Skip(1).Select(a => a.ToLowerInvariant())]);
    }
}
