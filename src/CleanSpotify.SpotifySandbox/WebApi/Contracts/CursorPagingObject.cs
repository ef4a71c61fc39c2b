namespace CleanSpotify.SpotifySandbox.WebApi.Contracts;

/// <summary>Recently-played paging: no <c>total</c>, as in Spotify's real responses; <c>cursors</c> is null when empty.</summary>
internal sealed record CursorPagingObject<T>(string Href, IReadOnlyList<T> Items, int Limit, string? Next, Cursors? Cursors);
