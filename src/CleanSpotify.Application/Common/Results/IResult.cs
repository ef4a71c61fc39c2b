namespace CleanSpotify.Application.Common.Results;

/// <summary>What every use-case outcome exposes, whatever its value type.</summary>
public interface IResult
{
    Error? Error { get; }
}
