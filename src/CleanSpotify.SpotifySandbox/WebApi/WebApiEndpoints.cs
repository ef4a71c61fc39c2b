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
