using CleanSpotify.Application.Links;

namespace CleanSpotify.Application.Account.DeleteAccount;

/// <summary>
/// Checks the password (a wrong one counts towards lockout and deletes nothing), then deletes, in one transaction,
/// everything stored for the user and the site account last, and forgets the user's cached Spotify reads once that
/// has committed. The Spotify account is free to be linked by someone else from then on. Data stored for a user later
/// joins <see cref="DeleteStoredDataAsync"/> (or, when kept from Spotify, <see cref="SpotifyDataEraser"/>).
/// </summary>
public sealed class DeleteAccountCommandHandler(
    ICurrentUser currentUser,
    IPasswordVerifier passwords,
    IUnitOfWork unitOfWork,
    SpotifyDataEraser spotifyData,
    IPendingAuthorizationStore pendingAuthorizations,
    IListeningHistoryStore listeningHistory,
    ISiteAccountStore siteAccounts,
    ISpotifyReadCache cache) : ICommandHandler<DeleteAccountCommand, Result<AccountDeletedDto>>
{
    public static readonly Error WrongPassword = Error.Validation(
        "account.password_wrong",
        "That password is not right, so nothing was deleted.",
        new Dictionary<string, string[]> { [nameof(DeleteAccountCommand.Password)] = ["That password is not right."] });

    public static readonly Error LockedOut = Error.Validation(
        "account.locked_out",
        "Too many wrong passwords: your account is locked for a few minutes, so nothing was deleted. Try again later.");

    public async ValueTask<Result<AccountDeletedDto>> Handle(DeleteAccountCommand command, CancellationToken cancellationToken)
    {
        var userId = currentUser.RequiredId;

        var check = await passwords.CheckAsync(userId, command.Password!, cancellationToken);
        if (check != PasswordCheck.Correct)
        {
            return check == PasswordCheck.LockedOut ? LockedOut : WrongPassword;
        }

        var hadLink = await unitOfWork.InTransactionAsync(token => DeleteStoredDataAsync(userId, token), cancellationToken);
        await cache.ForgetUserAsync(userId, cancellationToken);
        return new AccountDeletedDto(hadLink);
    }

    /// <summary>Everything stored for the user, the site account last; true when there was a Spotify link.</summary>
    private async Task<bool> DeleteStoredDataAsync(string userId, CancellationToken cancellationToken)
    {
        var hadLink = await spotifyData.DeleteLinkAndKeptDataAsync(userId, cancellationToken);
        await pendingAuthorizations.DeleteForUserAsync(userId, cancellationToken);

        // Plays outlive an unlink (they are the user's history, not Spotify's data), so they go here, not in the eraser.
        await listeningHistory.DeleteForUserAsync(userId, cancellationToken);
        await siteAccounts.DeleteAsync(userId, cancellationToken);
        return hadLink;
    }
}
