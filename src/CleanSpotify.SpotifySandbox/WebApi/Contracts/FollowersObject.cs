namespace CleanSpotify.SpotifySandbox.WebApi.Contracts;

internal sealed record FollowersObject(string? Href, int Total);
