using CleanSpotify.SpotifySandbox.WebApi.Contracts;

namespace CleanSpotify.SpotifySandbox.WebApi;

/// <summary>Web API error bodies, with the messages Spotify sends (spotify-web-api.md §5.4).</summary>
internal static class SpotifyErrors
{
    public const string InvalidToken = "Missing/invalid/expired access token";
    public const string InsufficientScope = "Insufficient client scope";

    public static IResult Result(int status, string message, string? reason = null) =>
        TypedResults.Json(new ErrorEnvelope(new ErrorBody(status, message, reason)), statusCode: status);

    public static IResult BadRequest(string message) => Result(StatusCodes.Status400BadRequest, message);

    public static IResult Forbidden(string message) => Result(StatusCodes.Status403Forbidden, message);

    public static IResult NotFound() => Result(StatusCodes.Status404NotFound, "Service not found");
}
