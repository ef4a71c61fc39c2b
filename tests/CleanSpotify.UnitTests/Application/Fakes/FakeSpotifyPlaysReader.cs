using CleanSpotify.Application.Abstractions;
using CleanSpotify.Application.Common.Results;
using CleanSpotify.Domain.Listening;

namespace CleanSpotify.UnitTests.Application.Fakes;

/// <summary>Answers with <see cref="Answer"/> for the cursor asked with, and records each read.</summary>
public sealed class FakeSpotifyPlaysReader : ISpotifyPlaysReader
{
    public Func<DateTimeOffset?, Result<IReadOnlyList<Play>>> Answer { get; set; } = _ => Result<IReadOnlyList<Play>>.Success([]);

    public List<(string AppUserId, DateTimeOffset? After)> Reads { get; } = [];

    public Task<Result<IReadOnlyList<Play>>> GetPlaysAfterAsync(string appUserId, DateTimeOffset? after, CancellationToken cancellationToken)
    {
        Reads.Add((appUserId, after));
        return Task.FromResult(Answer(after));
    }
}
