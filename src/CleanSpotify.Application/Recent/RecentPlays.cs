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

    /// <summary>The current user's plays, or the error that sends them to sign in, link or reconnect.</summary>
    public static async Task<Result<CachedRead<IReadOnlyList<RecentPlayDto>>>> ReadAsync(
        ICurrentUser currentUser,
        ISpotifyLinkStore links,
        ISpotifyReadCache cache,
        ISpotifyRecentlyPlayedReader reader,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(cache);
        ArgumentNullException.ThrowIfNull(reader);
        var user = await SpotifyLinkRequirement.RequireAsync(currentUser, links, cancellationToken);
        if (!user.IsSuccess)
        {
            return user.Error;
        }

        var appUserId = user.Value.AppUserId;
        var read = await cache.GetOrFetchAsync(
            user.Value,
            CacheKey,
            token => reader.GetRecentlyPlayedAsync(appUserId, token),
            cancellationToken);
        if (!read.IsSuccess)
        {
            return read.Error;
        }

        IReadOnlyList<RecentPlayDto> newestFirst = read.Value.Value.OrderByDescending(play => play.PlayedAt).ToArray();
        return read.Value with { Value = newestFirst };
    }
}
