namespace CleanSpotify.SpotifySandbox.WebApi;

/// <summary>Everything under <c>/v1</c>; the gateway middleware runs first for all of it.</summary>
internal static class WebApiEndpoints
{
    public static IEndpointRouteBuilder MapWebApi(this IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup("/v1");
        group.MapProfileEndpoints();
        group.MapTopItemsEndpoints();
        group.MapRecentlyPlayedEndpoints();
        group.MapPlaylistEndpoints();
        group.MapRemovedEndpoints();
        group.Map("/{**path}", () => SpotifyErrors.NotFound());
        return endpoints;
    }
}

/// <summary><c>GET /v1/me</c>. The base fields need no scope.</summary>
internal static class ProfileEndpoints
{
    public static RouteGroupBuilder MapProfileEndpoints(this RouteGroupBuilder group)
    {
        group.MapGet("/me", (HttpContext context) =>
        {
            var caller = ApiCaller.From(context);
            return TypedResults.Json(SpotifyObjects.User(caller.Library.Listener, ApiLinks.From(context.Request)));
        });
        return group;
    }
}

/// <summary>Endpoints closed to development-mode apps in 2024–2026: authenticated calls get 403 "Forbidden".</summary>
internal static class RemovedEndpoints
{
    public static RouteGroupBuilder MapRemovedEndpoints(this RouteGroupBuilder group)
    {
        group.MapPost("/users/{id}/playlists", Forbidden);
        group.Map("/playlists/{id}/tracks", Forbidden);
        group.MapGet("/recommendations", Forbidden);
        group.MapGet("/audio-features", Forbidden);
        group.MapGet("/audio-features/{id}", Forbidden);
        group.MapGet("/audio-analysis/{id}", Forbidden);
        group.MapGet("/artists/{id}/related-artists", Forbidden);
        group.MapGet("/browse/featured-playlists", Forbidden);
        group.MapGet("/browse/categories/{id}/playlists", Forbidden);
        return group;
    }

    private static IResult Forbidden() => SpotifyErrors.Forbidden("Forbidden");
}
