using CleanSpotify.Domain.Links;

namespace CleanSpotify.Application.Links.ExchangeCode;

/// <summary>
/// Completes a link: the state must be one this user started, unused and unexpired, before any token request is
/// made; then the code is exchanged, the profile read, the link saved under Spotify's <c>account_id</c>; on a
/// relink the user's cached Spotify reads are forgotten, and on a relink to another Spotify account its rank history
/// and saved-playlist records too. Reconnecting the same Spotify account keeps the link; another Spotify account
/// replaces it with a new link (a new id), so reads cached for the old account, which other instances may still
/// hold in memory, are never served for the new one. A Spotify account linked to another site user is refused while
/// that link works; once it needs reconnecting (Spotify refused its tokens, or its refresh token expired) whoever
/// completes a consent for the account takes it over: the previous holder's link and what was kept from it go in one
/// transaction, and they are asked to link again (ADR 0019).
/// </summary>
public sealed class ExchangeCodeCommandHandler(
    ICurrentUser currentUser,
    IPendingAuthorizationStore pendingAuthorizations,
    ISpotifyAccountsService accounts,
    ISpotifyProfileReader profiles,
    ISpotifyLinkStore links,
    ISpotifyReadCache cache,
    SpotifyDataEraser eraser,
    TimeProvider timeProvider) : ICommandHandler<ExchangeCodeCommand, Result<LinkedDto>>
{
    public static readonly Error InvalidState = Error.LinkAttemptFailed(
        "link.state_invalid",
        "This link request is unknown, was already used or belongs to someone else. Please start linking again.");

    public static readonly Error ExpiredState = Error.LinkAttemptFailed(
        "link.state_expired",
        "This link request has expired (they last 10 minutes). Please start linking again.");

    public static readonly Error Denied = new(
        "link.denied",
        "You chose not to link your Spotify account, so nothing was linked. You can link it whenever you like.",
        ErrorKind.ConsentDenied);

    public static readonly Error AccountTaken = Error.Conflict(
        "link.account_taken",
        "This Spotify account is already linked to another CleanSpotify user, and that link still works, so nothing " +
        "was changed. Sign in as that user to see its listening. If this Spotify account is yours and you did not link " +
        "it there, remove CleanSpotify under \"Apps\" in your Spotify account settings (spotify.com/account/apps): the " +
        "next time that link is used it will need reconnecting, and you can then link the account here.");

    public static readonly Error AccountTakenAfterUnlink = Error.Conflict(
        "link.account_taken_after_unlink",
        "This Spotify account was linked to another CleanSpotify user a moment ago, so it was not linked. " +
        "Your previous Spotify account was unlinked; link it again if you want it back.");

    public async ValueTask<Result<LinkedDto>> Handle(ExchangeCodeCommand command, CancellationToken cancellationToken)
    {
        var userId = currentUser.RequiredId;

        var pending = await pendingAuthorizations.TakeAsync(command.State!, userId, cancellationToken);
        if (pending is null)
        {
            return InvalidState;
        }

        var now = timeProvider.GetUtcNow();
        if (pending.IsExpired(now))
        {
            return ExpiredState;
        }

        if (!string.IsNullOrEmpty(command.Error))
        {
            return string.Equals(command.Error, "access_denied", StringComparison.Ordinal)
                ? Denied
                : Error.Upstream("link.authorize_failed", "Spotify could not authorize the link. Please try again in a moment.");
        }

        var grant = await accounts.ExchangeCodeAsync(command.Code!, pending.CodeVerifier, cancellationToken);
        if (!grant.IsSuccess)
        {
            return grant.Error;
        }

        var profile = await profiles.GetProfileForTokenAsync(grant.Value.Tokens.AccessToken, cancellationToken);
        if (!profile.IsSuccess)
        {
            return profile.Error;
        }

        var account = SpotifyAccount.FromProfile(profile.Value.AccountId, profile.Value.UserId, profile.Value.DisplayName);
        var owner = await links.FindByAccountAsync(account.AccountKey, cancellationToken);
        if (owner is not null
            && !string.Equals(owner.AppUserId, userId, StringComparison.Ordinal)
            && !(owner.Summary.NeedsReconnectAt(now) && await eraser.TakeOverStaleLinkAsync(owner, cancellationToken)))
        {
            return AccountTaken;
        }

        var link = await links.FindByUserAsync(userId, cancellationToken);
        var relinking = link is not null;
        var otherAccount = link is not null && !link.IsFor(account);
        if (otherAccount)
        {
            // The history and saved playlists belonged to the previous Spotify account: they go with its link.
            await eraser.UnlinkAsync(userId, cancellationToken);
            link = null;
        }

        if (link is null)
        {
            link = SpotifyLink.Create(userId, account, grant.Value.Tokens, grant.Value.GrantedScopes, now);
        }
        else
        {
            link.Authorize(account, grant.Value.Tokens, grant.Value.GrantedScopes, now);
        }

        var saved = await links.SaveAsync(link, cancellationToken);
        if (!saved && !otherAccount)
        {
            return AccountTaken;
        }

        if (relinking && !otherAccount)
        {
            // Nothing read before the relink is shown again (unlinking another account already forgot it).
            await cache.ForgetUserAsync(userId, cancellationToken);
        }

        return saved ? new LinkedDto(account.DisplayName, pending.ReturnUrl) : AccountTakenAfterUnlink;
    }
}
