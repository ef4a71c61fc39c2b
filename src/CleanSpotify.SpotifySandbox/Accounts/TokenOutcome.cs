namespace CleanSpotify.SpotifySandbox.Accounts;

/// <summary>The result of a grant: either a token response or an RFC 6749 §5.2 error.</summary>
internal sealed record TokenOutcome(TokenResponse? Response, TokenErrorResponse? Error)
{
    public static TokenOutcome Success(TokenResponse response) => new(response, null);

    public static TokenOutcome Failure(string error, string? description) => new(null, new TokenErrorResponse(error, description));
}
