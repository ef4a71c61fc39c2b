using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Serialization;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Net.Http.Headers;

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

/// <summary>Client authentication from a Basic header or, failing that, from the form body.</summary>
internal sealed record ClientCredentials(string? ClientId, string? ClientSecret, bool Malformed)
{
    public static ClientCredentials Read(HttpRequest request, IFormCollection form)
    {
        var header = request.Headers.Authorization.ToString();
        if (header.StartsWith("Basic ", StringComparison.OrdinalIgnoreCase))
        {
            return FromBasic(header["Basic ".Length..].Trim());
        }

        return new ClientCredentials(NullIfEmpty(form["client_id"]), NullIfEmpty(form["client_secret"]), Malformed: false);
    }

    public static bool IsFormUrlEncoded(HttpRequest request) =>
        MediaTypeHeaderValue.TryParse(request.ContentType, out var mediaType)
        && mediaType.MediaType.Equals("application/x-www-form-urlencoded", StringComparison.OrdinalIgnoreCase);

    private static ClientCredentials FromBasic(string encoded)
    {
        var buffer = new byte[encoded.Length];
        if (!Convert.TryFromBase64String(encoded, buffer, out var written))
        {
            return new ClientCredentials(null, null, Malformed: true);
        }

        var decoded = Encoding.UTF8.GetString(buffer, 0, written);
        var separator = decoded.IndexOf(':', StringComparison.Ordinal);
        return separator < 0
            ? new ClientCredentials(null, null, Malformed: true)
            : new ClientCredentials(Uri.UnescapeDataString(decoded[..separator]), Uri.UnescapeDataString(decoded[(separator + 1)..]), Malformed: false);
    }

    private static string? NullIfEmpty(string? value) => string.IsNullOrEmpty(value) ? null : value;
}

/// <summary>The 200 body of <c>POST /api/token</c>. <c>refresh_token</c> is left out when none is issued.</summary>
internal sealed record TokenResponse(
    [property: JsonPropertyName("access_token")] string AccessToken,
    [property: JsonPropertyName("token_type")] string TokenType,
    [property: JsonPropertyName("scope")] string Scope,
    [property: JsonPropertyName("expires_in")] int ExpiresIn,
    [property: JsonPropertyName("refresh_token"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? RefreshToken);

/// <summary>The authentication error object; <c>error_description</c> is absent when there is none.</summary>
internal sealed record TokenErrorResponse(
    [property: JsonPropertyName("error")] string Error,
    [property: JsonPropertyName("error_description"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? ErrorDescription);

/// <summary>The result of a grant: either a token response or an RFC 6749 §5.2 error.</summary>
internal sealed record TokenOutcome(TokenResponse? Response, TokenErrorResponse? Error)
{
    public static TokenOutcome Success(TokenResponse response) => new(response, null);

    public static TokenOutcome Failure(string error, string? description) => new(null, new TokenErrorResponse(error, description));
}
