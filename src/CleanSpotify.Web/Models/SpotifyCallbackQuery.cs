using System.Text;

namespace CleanSpotify.Web.Models;

/// <summary>
/// What Spotify appends to the redirect URI. Bound as one object so that the code and state are never formatted
/// into logs (MVC traces action arguments): <see cref="ToString"/> redacts them.
/// </summary>
public sealed record SpotifyCallbackQuery(string? Code, string? State, string? Error)
{
    private bool PrintMembers(StringBuilder builder)
    {
        builder.Append("Code = ").Append(Code is null ? "null" : "[redacted]")
            .Append(", State = ").Append(State is null ? "null" : "[redacted]")
            .Append(", Error = ").Append(Error);
        return true;
    }
}
