using System.Globalization;
using System.Text.RegularExpressions;
using CleanSpotify.SpotifySandbox.Accounts;
using CleanSpotify.SpotifySandbox.Listeners;
using CleanSpotify.SpotifySandbox.WebApi.Contracts;

namespace CleanSpotify.SpotifySandbox.WebApi;

/// <summary><c>POST /v1/me/playlists</c> and <c>POST /v1/playlists/{id}/items</c> (spotify-web-api.md §6.4, §6.5).</summary>
internal static partial class PlaylistEndpoints
{
    private const int MaxItemsPerRequest = 100;

    public static RouteGroupBuilder MapPlaylistEndpoints(this RouteGroupBuilder group)
    {
        group.MapPost("/me/playlists", CreateAsync);
        group.MapPost("/playlists/{id}/items", AddItemsAsync);
        return group;
    }

    private static async Task<IResult> CreateAsync(HttpContext context, SandboxState state)
    {
        var caller = ApiCaller.From(context);
        var body = (await JsonBody.ReadAsync<CreatePlaylistRequest>(context)).Body;
        if (body is null)
        {
            return SpotifyErrors.BadRequest(JsonBody.ParseError);
        }

        if (string.IsNullOrWhiteSpace(body.Name))
        {
            return SpotifyErrors.BadRequest("Missing required field: name");
        }

        var isPublic = body.Public ?? true;
        var isCollaborative = body.Collaborative ?? false;
        if (isCollaborative && isPublic)
        {
            return SpotifyErrors.BadRequest("Collaborative playlists can only be private.");
        }

        var scopeMissing = isCollaborative
            ? !caller.HasScope(SpotifyScopes.PlaylistModifyPrivate) || !caller.HasScope(SpotifyScopes.PlaylistModifyPublic)
            : !caller.HasScope(isPublic ? SpotifyScopes.PlaylistModifyPublic : SpotifyScopes.PlaylistModifyPrivate);
        if (scopeMissing)
        {
            return SpotifyErrors.Forbidden(SpotifyErrors.InsufficientScope);
        }

        var description = string.IsNullOrEmpty(body.Description) ? null : body.Description;
        var created = state.Playlists.Create(caller.Library.Listener.Key, body.Name, description, isPublic, isCollaborative);
        var links = ApiLinks.From(context.Request);
        var href = links.Api($"/playlists/{created.Id}");
        return TypedResults.Created(href, new PlaylistObject(
            isCollaborative,
            description,
            SpotifyAddresses.OpenUrls("playlist", created.Id),
            new FollowersObject(null, 0),
            href,
            created.Id,
            [],
            created.Name,
            SpotifyObjects.PublicUser(caller.Library.Listener, links),
            PrimaryColor: null,
            isPublic,
            created.SnapshotId,
            new PagingObject<object>($"{href}/items?offset=0&limit=100", [], 100, null, 0, null, 0),
            "playlist",
            SpotifyAddresses.Uri("playlist", created.Id)));
    }

    private static async Task<IResult> AddItemsAsync(string id, HttpContext context, SandboxState state, ListenerCatalog catalog)
    {
        var caller = ApiCaller.From(context);
        var playlist = state.Playlists.Find(id);
        if (playlist is null)
        {
            return SpotifyErrors.Result(StatusCodes.Status404NotFound, "Not found.");
        }

        if (playlist.OwnerListenerKey != caller.Library.Listener.Key)
        {
            return SpotifyErrors.Forbidden("You cannot add items to a playlist you don't own.");
        }

        if (!caller.HasScope(playlist.IsPublic ? SpotifyScopes.PlaylistModifyPublic : SpotifyScopes.PlaylistModifyPrivate))
        {
            return SpotifyErrors.Forbidden(SpotifyErrors.InsufficientScope);
        }

        var query = context.Request.Query;
        var body = query.TryGetValue("uris", out var queryUris)
            ? new AddItemsRequest(queryUris.ToString().Split(',', StringSplitOptions.RemoveEmptyEntries), null)
            : (await JsonBody.ReadAsync<AddItemsRequest>(context)).Body;
        if (body is null)
        {
            return SpotifyErrors.BadRequest(JsonBody.ParseError);
        }

        var uris = body.Uris;
        if (uris is null || uris.Count == 0)
        {
            return SpotifyErrors.BadRequest("Missing required field: uris");
        }

        if (uris.Count > MaxItemsPerRequest)
        {
            return SpotifyErrors.BadRequest("You can add a maximum of 100 tracks per request.");
        }

        foreach (var uri in uris)
        {
            var match = ItemUriRegex().Match(uri);
            if (!match.Success)
            {
                return SpotifyErrors.BadRequest($"Invalid track uri: {uri}");
            }

            if (match.Groups[1].Value != "track" || catalog.FindTrack(match.Groups[2].Value) is null)
            {
                return SpotifyErrors.BadRequest("Payload contains a non-existing ID");
            }
        }

        var position = body.Position;
        if (query.TryGetValue("position", out var queryPosition))
        {
            position = int.TryParse(queryPosition.ToString(), NumberStyles.None, CultureInfo.InvariantCulture, out var parsed) ? parsed : -1;
        }

        var snapshotId = position < 0 ? null : state.Playlists.AddItems(id, uris, position);
        return snapshotId is null
            ? SpotifyErrors.BadRequest("Index out of bounds.")
            : TypedResults.Json(new SnapshotResponse(snapshotId), statusCode: StatusCodes.Status201Created);
    }

    [GeneratedRegex("^spotify:(track|episode):([0-9A-Za-z]{22})$", RegexOptions.CultureInvariant)]
    private static partial Regex ItemUriRegex();
}
