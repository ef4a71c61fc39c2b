using System.Globalization;
using CleanSpotify.SpotifySandbox.Accounts;
using CleanSpotify.SpotifySandbox.Listeners;
using CleanSpotify.SpotifySandbox.WebApi.Contracts;

namespace CleanSpotify.SpotifySandbox.WebApi;

/// <summary><c>GET /v1/me/top/tracks</c> and <c>/v1/me/top/artists</c> with offset paging (spotify-web-api.md §6.2).</summary>
internal static class TopItemsEndpoints
{
    private static readonly Dictionary<string, TopTimeRange> TimeRanges = new(StringComparer.Ordinal)
    {
        ["short_term"] = TopTimeRange.ShortTerm,
        ["medium_term"] = TopTimeRange.MediumTerm,
        ["long_term"] = TopTimeRange.LongTerm,
    };

    public static RouteGroupBuilder MapTopItemsEndpoints(this RouteGroupBuilder group)
    {
        group.MapGet("/me/top/tracks", (HttpContext context) =>
            Page(context, "tracks", (library, range) => library.TopTracks(range), SpotifyObjects.Track));
        group.MapGet("/me/top/artists", (HttpContext context) =>
            Page(context, "artists", (library, range) => library.TopArtists(range), SpotifyObjects.Artist));
        return group;
    }

    private static IResult Page<TItem, TObject>(
        HttpContext context,
        string type,
        Func<ListenerLibrary, TopTimeRange, IReadOnlyList<TItem>> source,
        Func<TItem, ApiLinks, TObject> map)
    {
        var caller = ApiCaller.From(context);
        if (!caller.HasScope(SpotifyScopes.UserTopRead))
        {
            return SpotifyErrors.Forbidden(SpotifyErrors.InsufficientScope);
        }

        var request = context.Request;
        var rangeName = request.Query.TryGetValue("time_range", out var values) ? values.ToString() : "medium_term";
        if (!TimeRanges.TryGetValue(rangeName, out var range))
        {
            return SpotifyErrors.BadRequest("Invalid time range");
        }

        if (QueryParameters.Integer(request, "limit", 20, 1, 50) is not { } limit)
        {
            return SpotifyErrors.BadRequest("Invalid limit");
        }

        if (QueryParameters.Integer(request, "offset", 0, 0, int.MaxValue) is not { } offset)
        {
            return SpotifyErrors.BadRequest("Invalid offset");
        }

        var links = ApiLinks.From(request);
        var all = source(caller.Library, range);
        var items = all.Skip(offset).Take(limit).Select(item => map(item, links)).ToArray();
        string Href(int pageOffset) => links.Api(
            string.Create(CultureInfo.InvariantCulture, $"/me/top/{type}?limit={limit}&offset={pageOffset}&time_range={rangeName}"));
        return TypedResults.Json(new PagingObject<TObject>(
            Href(offset),
            items,
            limit,
            offset + limit < all.Count ? Href(offset + limit) : null,
            offset,
            offset > 0 ? Href(Math.Max(0, offset - limit)) : null,
            all.Count));
    }
}
