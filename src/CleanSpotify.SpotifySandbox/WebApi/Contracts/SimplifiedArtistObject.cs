namespace CleanSpotify.SpotifySandbox.WebApi.Contracts;

internal sealed record SimplifiedArtistObject(ExternalUrls ExternalUrls, string Href, string Id, string Name, string Type, string Uri);
