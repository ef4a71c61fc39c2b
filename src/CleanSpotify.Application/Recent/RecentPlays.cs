using CleanSpotify.Application.Links;
using CleanSpotify.Application.SpotifyData;

namespace CleanSpotify.Application.Recent;

/// <summary>
/// The one cached read of the user's last plays, shared by the recent page and its export: cached per link under
/// <see cref="CacheKey"/> and served stale when Spotify fails. Plays come newest first.
/// </summary>
public sealed class RecentPlays(ICurrentUser currentUser, ISpotifyLinkStore links, ISpotifyReadCache cache, ISpotifyRecentlyPlayedReader reader)
{
    public const string CacheKey = "recent";

    /// <summary>The current user's plays, or the error that sends them to sign in, link or reconnect.</summary>
    public async Task<Result<CachedRead<IReadOnlyList<RecentPlayDto>>>> ReadAsync(CancellationToken cancellationToken)
    {
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
