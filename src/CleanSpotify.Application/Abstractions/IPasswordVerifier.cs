namespace CleanSpotify.Application.Abstractions;

/// <summary>
/// Port: re-authenticates the signed-in user with their password before something that cannot be undone. A wrong
/// password counts towards the account's lockout, as at sign-in.
/// </summary>
public interface IPasswordVerifier
{
    Task<PasswordCheck> CheckAsync(string appUserId, string password, CancellationToken cancellationToken);
}
