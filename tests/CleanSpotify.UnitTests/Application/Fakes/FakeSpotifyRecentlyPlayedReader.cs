using CleanSpotify.Application.Abstractions;
using CleanSpotify.Application.Common.Results;
using CleanSpotify.Application.SpotifyData;

namespace CleanSpotify.UnitTests.Application.Fakes;

/// <summary>Answers with <see cref="Plays"/> and records which user asked.</summary>
public sealed class FakeSpotifyRecentlyPlayedReader : ISpotifyRecentlyPlayedReader
{
    public Result<IReadOnlyList<RecentPlayDto>> Plays { get; set; } = Result<IReadOnlyList<RecentPlayDto>>.Success([]);

    public List<string> UsersRead { get; } = [];

    public Task<Result<IReadOnlyList<RecentPlayDto>>> GetRecentlyPlayedAsync(string appUserId, CancellationToken cancellationToken)
    {
        UsersRead.Add(appUserId);
        return Task.FromResult(Plays);
    }
}
