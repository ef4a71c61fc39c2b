namespace CleanSpotify.SpotifySandbox.Accounts;

/// <summary><c>GET /authorize</c> shows the consent page; <c>POST /authorize</c> takes its answer and redirects.</summary>
internal static class AuthorizeEndpoints
{
    public static IEndpointRouteBuilder MapAuthorizeEndpoints(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/authorize", ShowConsent);
        endpoints.MapPost("/authorize", DecideAsync).DisableAntiforgery();
        return endpoints;
    }

    private static IResult ShowConsent(HttpRequest request, SandboxState state, SandboxOptions options)
    {
        var query = request.Query;
        string? clientId = query["client_id"];
        if (string.IsNullOrEmpty(clientId))
        {
            return PlainPage("Missing required parameter: client_id");
        }

        if (!string.Equals(clientId, options.ClientId, StringComparison.Ordinal))
        {
            return PlainPage("INVALID_CLIENT: Invalid client");
        }

        string? redirectUri = query["redirect_uri"];
        switch (RedirectUriPolicy.Check(redirectUri, options.RedirectUris))
        {
            case RedirectUriVerdict.Insecure:
                return PlainPage("INVALID_CLIENT: Insecure redirect URI");
            case RedirectUriVerdict.NotRegistered:
                return PlainPage("INVALID_CLIENT: Invalid redirect URI");
            default:
                break;
        }

        string? stateValue = query["state"];
        if (!string.Equals(query["response_type"], "code", StringComparison.Ordinal))
        {
            return RedirectBack(redirectUri!, [("error", "unsupported_response_type")], stateValue);
        }

        var scopes = query["scope"].ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries).Distinct(StringComparer.Ordinal).ToArray();
        if (scopes.Any(scope => !SpotifyScopes.IsKnown(scope)))
        {
            return PlainPage("Illegal scope");
        }

        string? challenge = query["code_challenge"];
        string? method = query["code_challenge_method"];
        var pkceValid = string.IsNullOrEmpty(challenge)
            ? string.IsNullOrEmpty(method)
            : string.Equals(method, "S256", StringComparison.Ordinal) && challenge.Length == 43;
        if (!pkceValid)
        {
            return RedirectBack(redirectUri!, [("error", "invalid_request")], stateValue);
        }

        var requestId = state.Grants.AddPending(redirectUri!, scopes, stateValue, string.IsNullOrEmpty(challenge) ? null : challenge);
        return Results.Content(ConsentPage.Render(options.ClientId, scopes, state.Listeners, requestId), "text/html; charset=utf-8");
    }

    private static async Task<IResult> DecideAsync(HttpRequest request, SandboxState state)
    {
        if (!request.HasFormContentType)
        {
            return PlainPage("Unknown or expired authorization request");
        }

        var form = await request.ReadFormAsync(request.HttpContext.RequestAborted);
        string? requestId = form["request_id"];
        var pending = string.IsNullOrEmpty(requestId) ? null : state.Grants.FindPending(requestId);
        if (pending is null)
        {
            return PlainPage("Unknown or expired authorization request");
        }

        string? decision = form["decision"];
        string? listenerKey = form["listener"];
        if (decision == "agree" && (string.IsNullOrEmpty(listenerKey) || state.Directory.Find(listenerKey) is null))
        {
            return PlainPage("Pick a listener to continue");
        }

        if (decision is not ("agree" or "cancel"))
        {
            return PlainPage("Choose Agree or Cancel");
        }

        if (state.Grants.TakePending(requestId!) is null)
        {
            return PlainPage("Unknown or expired authorization request");
        }

        if (decision == "cancel")
        {
            return RedirectBack(pending.RedirectUri, [("error", "access_denied")], pending.State);
        }

        var code = state.Grants.IssueCode(pending, listenerKey!);
        return RedirectBack(pending.RedirectUri, [("code", code)], pending.State);
    }

    private static IResult PlainPage(string text) =>
        Results.Text(text, "text/plain; charset=utf-8", statusCode: StatusCodes.Status400BadRequest);

    private static IResult RedirectBack(string redirectUri, (string Name, string Value)[] parameters, string? state)
    {
        var pairs = state is null ? parameters : [.. parameters, ("state", state)];
        var query = string.Join('&', pairs.Select(p => $"{p.Name}={Uri.EscapeDataString(p.Value)}"));
        var separator = redirectUri.Contains('?', StringComparison.Ordinal) ? '&' : '?';
        return Results.Redirect($"{redirectUri}{separator}{query}");
    }
}
