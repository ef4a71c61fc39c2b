namespace CleanSpotify.SpotifySandbox.WebApi.Contracts;

internal sealed record ExternalUrls(string Spotify);
