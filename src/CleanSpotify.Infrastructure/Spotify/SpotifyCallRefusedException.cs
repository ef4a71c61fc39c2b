using CleanSpotify.Application.Common.Results;

namespace CleanSpotify.Infrastructure.Spotify;

/// <summary>
/// Raised inside the HTTP pipeline when a call is refused before it reaches Spotify: no usable token for the
/// request's user (never linked, or Spotify refused the refresh token), or the user's call budget is spent.
/// Adapters turn it back into its <see cref="Error"/>; it never escapes Infrastructure.
/// </summary>
internal sealed class SpotifyCallRefusedException(Error error)
    : Exception(error?.Message)
{
    public Error Error { get; } = error ?? throw new ArgumentNullException(nameof(error));
}
