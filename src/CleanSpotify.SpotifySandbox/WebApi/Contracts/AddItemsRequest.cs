namespace CleanSpotify.SpotifySandbox.WebApi.Contracts;

/// <summary>Body of <c>POST /playlists/{id}/items</c>; ignored when the query has <c>uris</c>.</summary>
internal sealed record AddItemsRequest(IReadOnlyList<string>? Uris, int? Position);
