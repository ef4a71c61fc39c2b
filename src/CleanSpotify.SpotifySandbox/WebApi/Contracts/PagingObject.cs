namespace CleanSpotify.SpotifySandbox.WebApi.Contracts;

internal sealed record PagingObject<T>(string Href, IReadOnlyList<T> Items, int Limit, string? Next, int Offset, string? Previous, int Total);
