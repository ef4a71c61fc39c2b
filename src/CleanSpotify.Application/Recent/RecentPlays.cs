using CleanSpotify.Application.Abstractions;
using CleanSpotify.Application.Common.Results;
using CleanSpotify.Application.Links;
using CleanSpotify.Application.SpotifyData;

namespace CleanSpotify.Application.Recent;

/// <summary>
/// The one cached read of the user's last plays, shared by the recent page and its export: cached per link under
/// <see cref="CacheKey"/> and served stale when Spotify fails. Plays come newest first.
/// </summary>
public static class RecentPlays
{
    public const string CacheKey = "recent";

    public static async Task<Result<CachedRead<IReadOnlyList<RecentPlayDto>>>> ReadAsync(
        ISpotifyReadCache cache,
        ISpotifyRecentlyPlayedReader reader,
        LinkedSpotifyUser user,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(cache);
        ArgumentNullException.ThrowIfNull(reader);
        ArgumentNullException.ThrowIfNull(user);
        var read = await cache.GetOrFetchAsync(
            user,
            CacheKey,
            token => reader.GetRecentlyPlayedAsync(user.AppUserId, token),
            cancellationToken);
        if (!read.IsSuccess)
        {
            return read.Error;
        }

        IReadOnlyList<RecentPlayDto> newestFirst = read.Value.Value.OrderByDescending(play => play.PlayedAt).ToArray();
        return read.Value with { Value = newestFirst };
    }
}
