using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Encodings.Web;
using CleanSpotify.SpotifySandbox.Listeners;
using CleanSpotify.SpotifySandbox.WebApi;

namespace CleanSpotify.SpotifySandbox.Images;

/// <summary><c>GET /images/{kind}/{id}.svg?size=…</c>: the artwork every image object points to.</summary>
internal static class ImageEndpoints
{
    private static readonly string[] Kinds = ["album", "artist", "user", "playlist"];

    public static IEndpointRouteBuilder MapImageEndpoints(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/images/{kind}/{file}", (string kind, string file, HttpContext context, ListenerCatalog catalog, SandboxState state) =>
        {
            if (!Kinds.Contains(kind, StringComparer.Ordinal) || !file.EndsWith(".svg", StringComparison.Ordinal))
            {
                return Results.NotFound();
            }

            if (QueryParameters.Integer(context.Request, "size", 640, 16, 2048) is not { } size)
            {
                return Results.BadRequest();
            }

            var id = file[..^".svg".Length];
            var label = kind == "playlist" ? state.FindPlaylistName(id) : catalog.FindName(kind, id);
            if (label is null)
            {
                return Results.NotFound();
            }

            context.Response.Headers.CacheControl = "public, max-age=86400, immutable";
            return Results.Content(SvgArtwork.Render(id, label, size), "image/svg+xml");
        });
        return endpoints;
    }
}

/// <summary>Deterministic cover art: a two-colour gradient picked from the id, with the name's initials.</summary>
internal static class SvgArtwork
{
    public static string Render(string id, string label, int size)
    {
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(id));
        var hue = hash[0] * 360 / 256;
        var secondHue = (hue + 40 + hash[1] % 120) % 360;
        var initials = HtmlEncoder.Default.Encode(Initials(label));
        return string.Create(CultureInfo.InvariantCulture, $"""
            <svg xmlns="http://www.w3.org/2000/svg" width="{size}" height="{size}" viewBox="0 0 100 100" role="img" aria-label="{HtmlEncoder.Default.Encode(label)}">
            <defs><linearGradient id="g" x1="0" y1="0" x2="1" y2="1"><stop offset="0" stop-color="hsl({hue},70%,55%)"/><stop offset="1" stop-color="hsl({secondHue},65%,30%)"/></linearGradient></defs>
            <rect width="100" height="100" fill="url(#g)"/>
            <text x="50" y="50" dy=".35em" text-anchor="middle" font-family="system-ui, sans-serif" font-size="36" font-weight="700" fill="#fff">{initials}</text>
            </svg>
            """);
    }

    private static string Initials(string label)
    {
        var letters = label
            .Split([' ', '-', '"', '(', ')', ':', '.'], StringSplitOptions.RemoveEmptyEntries)
            .Where(word => char.IsLetterOrDigit(word[0]))
            .Select(word => char.ToUpperInvariant(word[0]))
            .Take(2)
            .ToArray();
        return letters.Length == 0 ? "?" : new string(letters);
    }
}
