namespace CleanSpotify.Web.Models;

/// <summary>The fields the "Save as playlist" form posts, as typed; the use case's validator checks them.</summary>
public sealed record SavePlaylistInput(string? Range, string? Page, string? Count, string? RequestId);
