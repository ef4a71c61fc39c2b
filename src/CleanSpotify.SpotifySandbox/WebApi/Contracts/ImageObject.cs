namespace CleanSpotify.SpotifySandbox.WebApi.Contracts;

internal sealed record ImageObject(string Url, int? Height, int? Width);
