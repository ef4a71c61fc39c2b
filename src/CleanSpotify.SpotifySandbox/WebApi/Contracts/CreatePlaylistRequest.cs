namespace CleanSpotify.SpotifySandbox.WebApi.Contracts;

/// <summary>Body of <c>POST /me/playlists</c>; only <c>name</c> is required and <c>public</c> defaults to true.</summary>
internal sealed record CreatePlaylistRequest(string? Name, string? Description, bool? Public, bool? Collaborative);
