using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Http.HttpResults;

namespace CleanSpotify.SpotifySandbox.Accounts;

/// <summary><c>POST /api/token</c>: authorization_code and refresh_token grants, errors as in spotify-web-api.md §3.3.</summary>
internal static class TokenEndpoint
{
    public static IEndpointRouteBuilder MapTokenEndpoint(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapPost("/api/token", HandleAsync);
        return endpoints;
    }

    private static async Task<IResult> HandleAsync(HttpContext context, SandboxState state, SandboxOptions options)
    {
        context.Response.Headers.CacheControl = "no-store";
        context.Response.Headers.Pragma = "no-cache";
        if (!ClientCredentials.IsFormUrlEncoded(context.Request))
        {
            state.RecordTokenRequest(null);
            return Error(new TokenErrorResponse("unsupported_grant_type", "grant_type parameter is missing"));
        }

        var form = await context.Request.ReadFormAsync(context.RequestAborted);
        var grantType = form["grant_type"].ToString();
        state.RecordTokenRequest(grantType);
        if (grantType is not ("authorization_code" or "refresh_token"))
        {
            return Error(new TokenErrorResponse("unsupported_grant_type", "grant_type parameter is missing"));
        }

        var credentials = ClientCredentials.Read(context.Request, form);
        if (credentials.Malformed)
        {
            return Error(new TokenErrorResponse("invalid_client", "Invalid client"));
        }

        if (credentials.ClientId is null)
        {
            return Error(new TokenErrorResponse("invalid_client", null));
        }

        if (!string.Equals(credentials.ClientId, options.ClientId, StringComparison.Ordinal))
        {
            return Error(new TokenErrorResponse("invalid_client", "Invalid client"));
        }

        if (credentials.ClientSecret is not null && !SecretMatches(credentials.ClientSecret, options.ClientSecret))
        {
            return Error(new TokenErrorResponse("invalid_client", "Invalid client secret"));
        }

        var hasSecret = credentials.ClientSecret is not null;
        var outcome = grantType == "authorization_code"
            ? state.Grants.ExchangeCode(form["code"], form["redirect_uri"], form["code_verifier"], hasSecret)
            : state.Grants.Refresh(form["refresh_token"], hasSecret, state.Faults.RefreshTokenMode);
        return outcome.Response is not null ? TypedResults.Json(outcome.Response) : Error(outcome.Error!);
    }

    private static bool SecretMatches(string presented, string expected) =>
        CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(presented), Encoding.UTF8.GetBytes(expected));

    private static JsonHttpResult<TokenErrorResponse> Error(TokenErrorResponse error) => TypedResults.Json(error, statusCode: StatusCodes.Status400BadRequest);
}
