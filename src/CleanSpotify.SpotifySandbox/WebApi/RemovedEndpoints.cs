namespace CleanSpotify.SpotifySandbox.WebApi;

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
