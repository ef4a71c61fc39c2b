namespace CleanSpotify.Application.Abstractions;

/// <summary>Port: reads Spotify profiles.</summary>
public interface ISpotifyProfileReader
{
    /// <summary>The profile behind a freshly granted access token, before any link is saved.</summary>
    Task<Result<SpotifyProfileDto>> GetProfileForTokenAsync(string accessToken, CancellationToken cancellationToken);

    /// <summary>The linked user's profile, read with that user's own token.</summary>
    Task<Result<SpotifyProfileDto>> GetProfileAsync(string appUserId, CancellationToken cancellationToken);
}
