using CleanSpotify.Application.Common.Results;
using Mediator;

namespace CleanSpotify.Application.Links.BeginLink;

/// <summary>Starts linking the signed-in user's Spotify account; <paramref name="ReturnUrl"/> is a local page to come back to.</summary>
public sealed record BeginLinkCommand(string? ReturnUrl) : ICommand<Result<AuthorizeRedirectDto>>;
