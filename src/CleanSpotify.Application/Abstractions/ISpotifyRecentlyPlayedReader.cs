using CleanSpotify.Application.SpotifyData;

namespace CleanSpotify.Application.Abstractions;

/// <summary>Port: the user's last plays (Spotify keeps only the last 50).</summary>
public interface ISpotifyRecentlyPlayedReader
{
    Task<Result<IReadOnlyList<RecentPlayDto>>> GetRecentlyPlayedAsync(string appUserId, CancellationToken cancellationToken);
}
