namespace CleanSpotify.SpotifySandbox.WebApi.Contracts;

internal sealed record ExternalIds(string Isrc);
