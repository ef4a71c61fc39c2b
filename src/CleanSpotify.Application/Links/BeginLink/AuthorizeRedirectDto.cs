namespace CleanSpotify.Application.Links.BeginLink;

/// <summary>Where to send the browser to ask Spotify for consent.</summary>
public sealed record AuthorizeRedirectDto(Uri AuthorizeUri);
