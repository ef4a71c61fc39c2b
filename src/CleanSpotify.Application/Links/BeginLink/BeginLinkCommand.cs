namespace CleanSpotify.Application.Links.BeginLink;

/// <summary>
/// Starts linking (or reconnecting) the signed-in user's Spotify account. <paramref name="ReturnUrl"/> is a local page
/// to come back to; <paramref name="AdditionalScope"/> is a permission the page being used needs beyond the ones every
/// page needs (the site asks for it only then: least privilege).
/// </summary>
public sealed record BeginLinkCommand(string? ReturnUrl, string? AdditionalScope = null) : ICommand<Result<AuthorizeRedirectDto>>, ISignedInRequest;
