using CleanSpotify.SpotifySandbox.Listeners;

namespace CleanSpotify.SpotifySandbox.WebApi;

/// <summary>
/// Runs before every <c>/v1</c> endpoint: latency, bearer authentication, injected faults; and records the call.
/// </summary>
internal sealed class WebApiGateway(RequestDelegate next, SandboxState state)
{
    private const string BearerPrefix = "Bearer ";
    private const int ClientClosedRequest = 499;

    public async Task InvokeAsync(HttpContext context)
    {
        context.Response.Headers.AccessControlAllowOrigin = "*";
        var header = context.Request.Headers.Authorization.ToString();
        var token = header.StartsWith(BearerPrefix, StringComparison.OrdinalIgnoreCase) ? header[BearerPrefix.Length..].Trim() : null;
        var grant = string.IsNullOrEmpty(token) ? null : state.Grants.FindActiveAccessToken(token);
        try
        {
            await DelayAsync(state.Faults.LatencyFor(grant?.ListenerKey), context.RequestAborted);
            var rejection = Authenticate(context, header, token, grant is not null);
            if (rejection is not null)
            {
                await rejection.ExecuteAsync(context);
                return;
            }

            var fault = state.Faults.TakeApiFault(grant!.ListenerKey);
            if (fault is not null)
            {
                if (fault.RetryAfterSeconds is { } retryAfter)
                {
                    context.Response.Headers.RetryAfter = retryAfter.ToString(System.Globalization.CultureInfo.InvariantCulture);
                }

                await SpotifyErrors.Result(fault.StatusCode, fault.Message, fault.Reason).ExecuteAsync(context);
                return;
            }

            context.Features.Set(new ApiCaller(state.Directory.Find(grant.ListenerKey)!, grant.Scopes));
            await next(context);
        }
        catch (OperationCanceledException) when (context.RequestAborted.IsCancellationRequested)
        {
            context.Response.StatusCode = ClientClosedRequest;
        }
        finally
        {
            state.RecordApiCall(new SandboxApiCall(
                context.Request.Method, context.Request.Path.Value ?? "/", grant?.ListenerKey, context.Response.StatusCode, NullIfEmpty(token)));
        }
    }

    private static IResult? Authenticate(HttpContext context, string header, string? token, bool tokenIsActive)
    {
        if (tokenIsActive)
        {
            return null;
        }

        if (header.Length > 0 && token is null)
        {
            return SpotifyErrors.BadRequest("Only valid bearer authentication supported");
        }

        context.Response.Headers.WWWAuthenticate = string.IsNullOrEmpty(token)
            ? "Bearer realm=\"spotify\", error=\"missing_token\", error_description=\"No token provided\""
            : "Bearer realm=\"spotify\", error=\"invalid_token\", error_description=\"Invalid access token\"";
        return SpotifyErrors.Result(StatusCodes.Status401Unauthorized, SpotifyErrors.InvalidToken);
    }

    private static Task DelayAsync(TimeSpan delay, CancellationToken cancellationToken) =>
        delay > TimeSpan.Zero ? Task.Delay(delay, cancellationToken) : Task.CompletedTask;

    private static string? NullIfEmpty(string? value) => string.IsNullOrEmpty(value) ? null : value;
}

/// <summary>The authenticated listener and granted scopes of a <c>/v1</c> request, set by <see cref="WebApiGateway"/>.</summary>
internal sealed record ApiCaller(ListenerLibrary Library, IReadOnlySet<string> Scopes)
{
    /// <summary>The caller the gateway set; only valid inside <c>/v1</c> endpoints.</summary>
    public static ApiCaller From(HttpContext context) =>
        context.Features.Get<ApiCaller>() ?? throw new InvalidOperationException("The Web API gateway did not run.");

    public bool HasScope(string scope) => Scopes.Contains(scope);
}
