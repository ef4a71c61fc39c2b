using CleanSpotify.Application.Abstractions;

namespace CleanSpotify.UnitTests.Application.Fakes;

/// <summary>Accepts <see cref="Password"/> only; <see cref="LockedOut"/> refuses every password, as Identity's lockout does.</summary>
public sealed class FakePasswordVerifier : IPasswordVerifier
{
    public const string Password = "the-right-password";

    public bool LockedOut { get; set; }

    public List<(string AppUserId, string Password)> Checks { get; } = [];

    public Task<PasswordCheck> CheckAsync(string appUserId, string password, CancellationToken cancellationToken)
    {
        Checks.Add((appUserId, password));
        return Task.FromResult(
            LockedOut ? PasswordCheck.LockedOut
            : string.Equals(password, Password, StringComparison.Ordinal) ? PasswordCheck.Correct
            : PasswordCheck.Wrong);
    }
}
