using System.Text;

namespace CleanSpotify.Application.Links.ExchangeCode;

/// <summary>
/// Spotify's callback: either a <paramref name="Code"/> or an <paramref name="Error"/>, with the <paramref name="State"/>
/// we sent. The code and the state are secrets and never printed.
/// </summary>
public sealed record ExchangeCodeCommand(string? Code, string? State, string? Error) : ICommand<Result<LinkedDto>>, ISignedInRequest
{
    private bool PrintMembers(StringBuilder builder)
    {
        builder.Append("Code = ").Append(Code is null ? "null" : "[redacted]")
            .Append(", State = ").Append(State is null ? "null" : "[redacted]")
            .Append(", Error = ").Append(Error);
        return true;
    }
}
