namespace CleanSpotify.SpotifySandbox.Accounts;

/// <summary>
/// Spotify's 2025+ redirect rules: exact match (case and trailing slash included), HTTP only for loopback IP
/// literals, never <c>localhost</c>, and a loopback URI registered without a port accepts any port.
/// </summary>
internal static class RedirectUriPolicy
{
    private static readonly string[] LoopbackPrefixes = ["http://127.0.0.1:", "http://[::1]:"];

    public static RedirectUriVerdict Check(string? candidate, IEnumerable<string> registered)
    {
        if (string.IsNullOrEmpty(candidate) || !Uri.TryCreate(candidate, UriKind.Absolute, out var uri))
        {
            return RedirectUriVerdict.NotRegistered;
        }

        var host = uri.Host;
        if (host.Equals("localhost", StringComparison.OrdinalIgnoreCase) || host.EndsWith(".localhost", StringComparison.OrdinalIgnoreCase))
        {
            return RedirectUriVerdict.Insecure;
        }

        var isLoopbackLiteral = uri.HostNameType is UriHostNameType.IPv4 or UriHostNameType.IPv6 && uri.IsLoopback;
        if (uri.Scheme == Uri.UriSchemeHttp && !isLoopbackLiteral)
        {
            return RedirectUriVerdict.Insecure;
        }

        var registeredUris = registered.ToArray();
        if (registeredUris.Contains(candidate, StringComparer.Ordinal))
        {
            return RedirectUriVerdict.Accepted;
        }

        var withoutPort = StripLoopbackPort(candidate);
        return withoutPort is not null && registeredUris.Contains(withoutPort, StringComparer.Ordinal)
            ? RedirectUriVerdict.Accepted
            : RedirectUriVerdict.NotRegistered;
    }

    private static string? StripLoopbackPort(string candidate)
    {
        foreach (var prefix in LoopbackPrefixes)
        {
            if (!candidate.StartsWith(prefix, StringComparison.Ordinal))
            {
                continue;
            }

            var end = prefix.Length;
            while (end < candidate.Length && char.IsAsciiDigit(candidate[end]))
            {
                end++;
            }

            return end > prefix.Length ? string.Concat(prefix.AsSpan(0, prefix.Length - 1), candidate.AsSpan(end)) : null;
        }

        return null;
    }
}

internal enum RedirectUriVerdict
{
    Accepted,
    Insecure,
    NotRegistered,
}
