using System.Text;
using Microsoft.Net.Http.Headers;

namespace CleanSpotify.SpotifySandbox.Accounts;

/// <summary>Client authentication from a Basic header or, failing that, from the form body.</summary>
internal sealed record ClientCredentials(string? ClientId, string? ClientSecret, bool Malformed)
{
    public static ClientCredentials Read(HttpRequest request, IFormCollection form)
    {
        var header = request.Headers.Authorization.ToString();
        if (header.StartsWith("Basic ", StringComparison.OrdinalIgnoreCase))
        {
            return FromBasic(header["Basic ".Length..].Trim());
        }

        return new ClientCredentials(NullIfEmpty(form["client_id"]), NullIfEmpty(form["client_secret"]), Malformed: false);
    }

    public static bool IsFormUrlEncoded(HttpRequest request) =>
        MediaTypeHeaderValue.TryParse(request.ContentType, out var mediaType)
        && mediaType.MediaType.Equals("application/x-www-form-urlencoded", StringComparison.OrdinalIgnoreCase);

    private static ClientCredentials FromBasic(string encoded)
    {
        var buffer = new byte[encoded.Length];
        if (!Convert.TryFromBase64String(encoded, buffer, out var written))
        {
            return new ClientCredentials(null, null, Malformed: true);
        }

        var decoded = Encoding.UTF8.GetString(buffer, 0, written);
        var separator = decoded.IndexOf(':', StringComparison.Ordinal);
        return separator < 0
            ? new ClientCredentials(null, null, Malformed: true)
            : new ClientCredentials(Uri.UnescapeDataString(decoded[..separator]), Uri.UnescapeDataString(decoded[(separator + 1)..]), Malformed: false);
    }

    private static string? NullIfEmpty(string? value) => string.IsNullOrEmpty(value) ? null : value;
}
