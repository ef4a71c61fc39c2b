using CleanSpotify.Application.Common.Results;

namespace CleanSpotify.Application.Abstractions;

/// <summary>Port: reads the Spotify profile behind a freshly granted access token, before any link is saved.</summary>
public interface ISpotifyProfileReader
{
    Task<Result<SpotifyProfileDto>> GetProfileForTokenAsync(string accessToken, CancellationToken cancellationToken);
}
