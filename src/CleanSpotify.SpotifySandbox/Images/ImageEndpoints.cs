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
