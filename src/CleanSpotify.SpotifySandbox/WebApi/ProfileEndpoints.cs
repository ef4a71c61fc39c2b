namespace CleanSpotify.SpotifySandbox.WebApi;

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
