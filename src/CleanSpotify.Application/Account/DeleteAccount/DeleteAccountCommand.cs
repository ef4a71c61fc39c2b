using System.Text;

namespace CleanSpotify.Application.Account.DeleteAccount;

/// <summary>Deletes the signed-in user's site account and everything stored for it; <paramref name="Password"/> re-authenticates. Never printed.</summary>
public sealed record DeleteAccountCommand(string? Password) : ICommand<Result<AccountDeletedDto>>, ISignedInRequest
{
    private bool PrintMembers(StringBuilder builder)
    {
        builder.Append("Password = ").Append(Password is null ? "null" : "[redacted]");
        return true;
    }
}
