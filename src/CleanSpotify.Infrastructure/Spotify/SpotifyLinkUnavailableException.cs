using CleanSpotify.Application.Common.Results;

namespace CleanSpotify.Infrastructure.Spotify;

/// <summary>
/// Raised inside the HTTP pipeline when no usable token exists for the request's user (never linked, or Spotify
/// refused the refresh token). Adapters turn it back into its <see cref="Error"/>; it never escapes Infrastructure.
/// </summary>
internal sealed class SpotifyLinkUnavailableException(Error error)
    : Exception(error?.Message)
{
    public Error Error { get; } = error ?? throw new ArgumentNullException(nameof(error));
}
