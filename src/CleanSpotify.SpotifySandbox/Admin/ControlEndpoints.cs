using System.Text.Json.Serialization;
using CleanSpotify.SpotifySandbox.WebApi;

namespace CleanSpotify.SpotifySandbox.Admin;

/// <summary>
/// JSON switches under <c>/sandbox/control</c> mirroring <see cref="SandboxFaults"/>, plus <c>GET /sandbox/control/stats</c>.
/// Bodies are snake_case; every fault call answers with the stats. Every POST must say <c>Content-Type:
/// application/json</c> (an empty body counts as <c>{}</c>), so that a cross-site HTML form, which can only send form
/// or plain-text bodies, cannot drive them: anything else is refused with 415.
/// </summary>
internal static class ControlEndpoints
{
    private const double MaxPlayEverySeconds = 365 * 24 * 3600;

    public const string JsonRequired = "Sandbox control endpoints accept only application/json bodies; send Content-Type: application/json.";

    public static IEndpointRouteBuilder MapControlEndpoints(this IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup("/sandbox/control");
        group.AddEndpointFilter(RequireJsonBodyAsync);
        group.MapGet("/stats", (SandboxState state) => TypedResults.Json(SandboxStats.From(state)));
        group.MapPost("/faults/reset", (SandboxState state) => Apply(state, faults => faults.Reset()));
        group.MapPost("/faults/expire-access-tokens", (HttpContext context, SandboxState state) =>
            ApplyAsync<ListenerFaultRequest>(context, state, (faults, body) => faults.ExpireAccessTokens(body.ListenerKey)));
        group.MapPost("/faults/revoke-refresh-tokens", (HttpContext context, SandboxState state) =>
            ApplyAsync<ListenerFaultRequest>(context, state, (faults, body) => faults.RevokeRefreshTokens(body.ListenerKey)));
        group.MapPost("/faults/refresh-token-mode", (HttpContext context, SandboxState state) =>
            ApplyAsync<RefreshTokenModeRequest>(context, state, (faults, body) => faults.RefreshTokenMode = body.Mode));
        group.MapPost("/faults/rate-limit", (HttpContext context, SandboxState state) =>
            ApplyAsync<RateLimitRequest>(context, state, (faults, body) =>
                faults.RateLimit(body.RetryAfterSeconds, body.QuotaExceeded, body.Count, body.ListenerKey)));
        group.MapPost("/faults/app-rate-limit", (HttpContext context, SandboxState state) =>
            ApplyAsync<AppRateLimitRequest>(context, state, (faults, body) =>
                faults.AppRateLimit(body.Calls, TimeSpan.FromSeconds(body.WindowSeconds))));
        group.MapPost("/faults/server-errors", (HttpContext context, SandboxState state) =>
            ApplyAsync<ServerErrorsRequest>(context, state, (faults, body) => faults.ServerErrors(body.StatusCode, body.Count, body.ListenerKey)));
        group.MapPost("/faults/latency", (HttpContext context, SandboxState state) =>
            ApplyAsync<LatencyRequest>(context, state, (faults, body) =>
                faults.Latency(TimeSpan.FromMilliseconds(body.DelayMs), body.ListenerKey)));
        group.MapPost("/faults/dev-mode-forbidden", (HttpContext context, SandboxState state) =>
            ApplyAsync<DevModeForbiddenRequest>(context, state, (faults, body) => faults.DevModeForbidden(body.Wall, body.ListenerKey)));
        group.MapPost("/listeners/{listenerId}/pace", SetPaceAsync);
        group.MapGet("/listeners/{listenerId}/plays", GetPlays);
        return endpoints;
    }

    private static async Task<IResult> SetPaceAsync(string listenerId, HttpContext context, SandboxState state)
    {
        var (body, error) = await JsonBody.ReadAsync<PaceRequest>(context, emptyIsObject: true);
        if (body?.PlayEverySeconds is not (> 0 and <= MaxPlayEverySeconds))
        {
            return TypedResults.BadRequest(new ControlError(
                error ?? $"playEverySeconds must be a number of seconds greater than 0 and at most {MaxPlayEverySeconds}."));
        }

        return ForListener(() =>
        {
            state.SetListeningPace(listenerId, TimeSpan.FromSeconds(body.PlayEverySeconds.Value));
            return TypedResults.NoContent();
        });
    }

    private static IResult GetPlays(string listenerId, HttpContext context, SandboxState state)
    {
        var from = QueryParameters.Long(context.Request, "from", out var fromValid);
        var to = QueryParameters.Long(context.Request, "to", out var toValid);
        if (!fromValid || !toValid || from is null || to is null || from > to || to > DateTimeOffset.MaxValue.ToUnixTimeMilliseconds())
        {
            return TypedResults.BadRequest(new ControlError("from and to are required: Unix milliseconds with from <= to."));
        }

        return ForListener(() =>
        {
            var plays = state.GetPlays(
                listenerId, DateTimeOffset.FromUnixTimeMilliseconds(from.Value), DateTimeOffset.FromUnixTimeMilliseconds(to.Value));
            return TypedResults.Json(plays.Select(play => new PlayJson(
                play.TrackId, play.TrackName, RecentlyPlayedEndpoints.IsoUtc(play.PlayedAt.ToUnixTimeMilliseconds()), play.DurationMs)));
        });
    }

    private static IResult ForListener(Func<IResult> action)
    {
        try
        {
            return action();
        }
        catch (KeyNotFoundException exception)
        {
            return TypedResults.NotFound(new ControlError(exception.Message));
        }
        catch (ArgumentException exception)
        {
            return TypedResults.BadRequest(new ControlError(exception.Message));
        }
    }

    private static ValueTask<object?> RequireJsonBodyAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var request = context.HttpContext.Request;
        return HttpMethods.IsGet(request.Method) || request.HasJsonContentType()
            ? next(context)
            : ValueTask.FromResult<object?>(TypedResults.Json(new ControlError(JsonRequired), statusCode: StatusCodes.Status415UnsupportedMediaType));
    }

    private static async Task<IResult> ApplyAsync<TBody>(HttpContext context, SandboxState state, Action<SandboxFaults, TBody> apply)
        where TBody : class
    {
        var (body, error) = await JsonBody.ReadAsync<TBody>(context, emptyIsObject: true);
        return body is null ? TypedResults.BadRequest(new ControlError(error!)) : Apply(state, faults => apply(faults, body));
    }

    private static IResult Apply(SandboxState state, Action<SandboxFaults> apply)
    {
        try
        {
            apply(state.Faults);
        }
        catch (ArgumentException exception)
        {
            return TypedResults.BadRequest(new ControlError(exception.Message));
        }

        return TypedResults.Json(SandboxStats.From(state));
    }
}

internal sealed record ControlError(string Error);

/// <summary>Body of the control calls that only take a listener; null or no body means everyone.</summary>
internal sealed record ListenerFaultRequest(string? ListenerKey = null);

internal sealed record RefreshTokenModeRequest(RefreshTokenMode Mode = RefreshTokenMode.NoRotation);

internal sealed record RateLimitRequest(int RetryAfterSeconds = 1, bool QuotaExceeded = false, int Count = 1, string? ListenerKey = null);

/// <summary>Body of <c>POST /sandbox/control/faults/app-rate-limit</c>; zero calls switches the limit off.</summary>
internal sealed record AppRateLimitRequest(int Calls = 0, int WindowSeconds = 30);

internal sealed record PaceRequest([property: JsonPropertyName("playEverySeconds")] double? PlayEverySeconds = null);

internal sealed record PlayJson(
    [property: JsonPropertyName("trackId")] string TrackId,
    [property: JsonPropertyName("trackName")] string TrackName,
    [property: JsonPropertyName("playedAt")] string PlayedAt,
    [property: JsonPropertyName("durationMs")] int DurationMs);

internal sealed record ServerErrorsRequest(int StatusCode = 503, int Count = 1, string? ListenerKey = null);

internal sealed record LatencyRequest(int DelayMs = 0, string? ListenerKey = null);

internal sealed record DevModeForbiddenRequest(DevModeWall Wall = DevModeWall.NotRegistered, string? ListenerKey = null);
