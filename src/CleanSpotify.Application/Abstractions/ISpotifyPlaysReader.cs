using CleanSpotify.Domain.Listening;

namespace CleanSpotify.Application.Abstractions;

/// <summary>Port: the user's plays Spotify still lists (its last 50), as plays ready to store.</summary>
public interface ISpotifyPlaysReader
{
    /// <summary>The most Spotify returns in one page.</summary>
    const int PageSize = 50;

    /// <summary>
    /// Up to <see cref="PageSize"/> plays that ended after <paramref name="after"/> (all it lists when null), each with
    /// the track's length as an estimated time played and <see cref="PlaySource.Recent"/> as its source.
    /// </summary>
    Task<Result<IReadOnlyList<Play>>> GetPlaysAfterAsync(string appUserId, DateTimeOffset? after, CancellationToken cancellationToken);
}
