namespace CleanSpotify.Application.Abstractions;

/// <summary>The outcome of <see cref="IPasswordVerifier.CheckAsync"/>.</summary>
public enum PasswordCheck
{
    Correct = 1,

    Wrong = 2,

    /// <summary>Too many wrong passwords: the account is locked for a while, whatever the password.</summary>
    LockedOut = 3,
}
