namespace CleanSpotify.SpotifySandbox.WebApi.Contracts;

internal sealed record ContextObject(string Type, string Href, ExternalUrls ExternalUrls, string Uri);
