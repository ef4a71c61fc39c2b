using CleanSpotify.Domain.Links;

namespace CleanSpotify.Application.Links.BeginLink;

/// <summary>
/// Creates a single-use <c>state</c> bound to the user and a PKCE verifier, keeps both server-side, and returns
/// Spotify's consent URL, which carries only the state and the challenge. Besides the configured scopes it asks for
/// the permission the command names and for those the user's link already holds, so a reconnect never takes back a
/// permission the user gave earlier (Spotify grants exactly the scopes of the latest consent). A sign-in cookie whose
/// site account was deleted (in another browser) is answered as signed out.
/// </summary>
public sealed class BeginLinkCommandHandler(
    ICurrentUser currentUser,
    IPendingAuthorizationStore pendingAuthorizations,
    ISiteAccountStore siteAccounts,
    ISpotifyLinkStore links,
    ISpotifyAccountsService accounts,
    TimeProvider timeProvider) : ICommandHandler<BeginLinkCommand, Result<AuthorizeRedirectDto>>
{
    public async ValueTask<Result<AuthorizeRedirectDto>> Handle(BeginLinkCommand command, CancellationToken cancellationToken)
    {
        var userId = currentUser.RequiredId;
        if (await siteAccounts.FindAsync(userId, cancellationToken) is null)
        {
            return Error.Unauthenticated();
        }

        var state = AuthorizationSecrets.NewState();
        var verifier = AuthorizationSecrets.NewCodeVerifier();
        var returnUrl = string.IsNullOrEmpty(command.ReturnUrl) ? null : command.ReturnUrl;
        await pendingAuthorizations.AddAsync(
            new PendingAuthorization(state, userId, verifier, returnUrl, timeProvider.GetUtcNow()),
            cancellationToken);

        var link = await links.FindSummaryByUserAsync(userId, cancellationToken);
        var additionalScopes = new List<string>(link?.GrantedScopes ?? []);
        if (!string.IsNullOrEmpty(command.AdditionalScope))
        {
            additionalScopes.Add(command.AdditionalScope);
        }

        return new AuthorizeRedirectDto(accounts.BuildAuthorizeUri(state, AuthorizationSecrets.CodeChallengeFor(verifier), additionalScopes));
    }
}
