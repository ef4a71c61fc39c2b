namespace CleanSpotify.SpotifySandbox.WebApi.Contracts;

/// <summary><c>GET /me</c> for a 2026 development-mode app: no country, email, explicit_content, followers or product.</summary>
internal sealed record UserObject(
    string AccountId,
    string? DisplayName,
    ExternalUrls ExternalUrls,
    string Href,
    string Id,
    IReadOnlyList<ImageObject> Images,
    string Type,
    string Uri);
