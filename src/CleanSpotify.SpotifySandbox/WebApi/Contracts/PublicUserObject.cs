namespace CleanSpotify.SpotifySandbox.WebApi.Contracts;

internal sealed record PublicUserObject(string? DisplayName, ExternalUrls ExternalUrls, string Href, string Id, string Type, string Uri);
