using System.Globalization;
using CleanSpotify.SpotifySandbox.Accounts;
using CleanSpotify.SpotifySandbox.Listeners;
using CleanSpotify.SpotifySandbox.WebApi.Contracts;

namespace CleanSpotify.SpotifySandbox.WebApi;

/// <summary>
/// <c>GET /v1/me/player/recently-played</c>: the last 50 plays of the listener's timeline that have ended by the
/// sandbox clock's "now", newest first, with exclusive <c>after</c>/<c>before</c> cursors (spotify-web-api.md §6.3).
/// </summary>
internal static class RecentlyPlayedEndpoints
{
    private const int ReachablePlays = 50;

    public static RouteGroupBuilder MapRecentlyPlayedEndpoints(this RouteGroupBuilder group)
    {
        group.MapGet("/me/player/recently-played", (HttpContext context, SandboxState state) =>
        {
            var caller = ApiCaller.From(context);
            if (!caller.HasScope(SpotifyScopes.UserReadRecentlyPlayed))
            {
                return SpotifyErrors.Forbidden(SpotifyErrors.InsufficientScope);
            }

            var request = context.Request;
            if (QueryParameters.Integer(request, "limit", 20, 1, 50) is not { } limit)
            {
                return SpotifyErrors.BadRequest("Invalid limit");
            }

            var after = QueryParameters.Long(request, "after", out var afterValid);
            var before = QueryParameters.Long(request, "before", out var beforeValid);
            if (!afterValid || !beforeValid)
            {
                return SpotifyErrors.BadRequest("Invalid cursor");
            }

            if (after is not null && before is not null)
            {
                return SpotifyErrors.BadRequest("Only one of 'after' and 'before' may be specified");
            }

            var plays = state.Timelines.For(caller.Library).Latest(state.Timelines.NowMs, ReachablePlays);
            var page = (after, before) switch
            {
                ({ } a, _) => plays.Where(p => p.PlayedAtMs > a).TakeLast(limit).ToArray(),
                (_, { } b) => plays.Where(p => p.PlayedAtMs < b).Take(limit).ToArray(),
                _ => plays.Take(limit).ToArray(),
            };

            var links = ApiLinks.From(request);
            var cursorQuery = (after, before) switch
            {
                ({ } a, _) => string.Create(CultureInfo.InvariantCulture, $"&after={a}"),
                (_, { } b) => string.Create(CultureInfo.InvariantCulture, $"&before={b}"),
                _ => string.Empty,
            };
            var oldest = page.Length > 0 ? page[^1].PlayedAtMs : (long?)null;
            var hasOlder = oldest is { } o && plays.Any(p => p.PlayedAtMs < o);
            return TypedResults.Json(new CursorPagingObject<PlayHistoryObject>(
                links.Api(string.Create(CultureInfo.InvariantCulture, $"/me/player/recently-played?limit={limit}{cursorQuery}")),
                page.Select(p => ToPlayHistory(p, links)).ToArray(),
                limit,
                hasOlder ? links.Api(string.Create(CultureInfo.InvariantCulture, $"/me/player/recently-played?before={oldest}&limit={limit}")) : null,
                page.Length > 0
                    ? new Cursors(page[0].PlayedAtMs.ToString(CultureInfo.InvariantCulture), page[^1].PlayedAtMs.ToString(CultureInfo.InvariantCulture))
                    : null));
        });
        return group;
    }

    /// <summary>ISO 8601 in UTC with milliseconds, as Spotify writes <c>played_at</c>.</summary>
    public static string IsoUtc(long unixMs) =>
        DateTimeOffset.FromUnixTimeMilliseconds(unixMs).UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture);

    private static PlayHistoryObject ToPlayHistory(TimedPlay play, ApiLinks links) => new(
        SpotifyObjects.Track(play.Track, links),
        IsoUtc(play.PlayedAtMs),
        play.Context switch
        {
            PlayContext.Album => Context("album", play.Track.Album.Id, links),
            PlayContext.Artist => Context("artist", play.Track.Album.Artist.Id, links),
            _ => null,
        });

    private static ContextObject Context(string type, string id, ApiLinks links) => new(
        type, links.Api($"/{type}s/{id}"), SpotifyAddresses.OpenUrls(type, id), SpotifyAddresses.Uri(type, id));
}
