using System.Runtime.CompilerServices;
using CleanSpotify.Application.Abstractions;
using CleanSpotify.Application.Listening;
using CleanSpotify.Domain.Listening;

namespace CleanSpotify.UnitTests.Application.Fakes;

/// <summary>Stored plays and gaps in memory, filtered and ordered as the real reader does.</summary>
public sealed class FakeListeningHistoryReader : IListeningHistoryReader
{
    private readonly List<(string AppUserId, Play Play)> _plays = [];
    private readonly List<(string AppUserId, ListeningGap Gap)> _gaps = [];

    public FakeListeningHistoryReader With(string appUserId, params Play[] plays)
    {
        _plays.AddRange(plays.Select(p => (appUserId, p)));
        return this;
    }

    public FakeListeningHistoryReader WithGap(string appUserId, ListeningGap gap)
    {
        _gaps.Add((appUserId, gap));
        return this;
    }

    public Task<int> CountAsync(string appUserId, PlayPeriod period, CancellationToken cancellationToken) =>
        Task.FromResult(Of(appUserId, period).Count());

    /// <summary>How many times <see cref="ListMomentsAsync"/> was called: one per stats page computed.</summary>
    public int MomentReads { get; private set; }

    public Task<string> VersionAsync(string appUserId, CancellationToken cancellationToken) =>
        Task.FromResult($"{Of(appUserId, PlayPeriod.All).Count()}-{Of(appUserId, PlayPeriod.All).Sum(p => (long)p.MsPlayed)}");

    public Task<IReadOnlyList<Play>> ListAsync(string appUserId, PlayPeriod period, int skip, int take, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<Play>>(Of(appUserId, period).OrderByDescending(p => p.PlayedAt).Skip(skip).Take(take).ToArray());

    public async IAsyncEnumerable<Play> ReadAllAsync(string appUserId, PlayPeriod period, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        foreach (var play in Of(appUserId, period).OrderBy(p => p.PlayedAt).ToArray())
        {
            await Task.Yield();
            yield return play;
        }
    }

    public Task<IReadOnlyList<PlayMoment>> ListMomentsAsync(string appUserId, PlayPeriod period, CancellationToken cancellationToken)
    {
        MomentReads++;
        return Task.FromResult<IReadOnlyList<PlayMoment>>(Of(appUserId, period).OrderBy(p => p.PlayedAt).Select(p => new PlayMoment(p.PlayedAt, p.MsPlayed)).ToArray());
    }

    /// <summary>Tracks only, by streams then time; the ranking itself is the database's and is tested there.</summary>
    public Task<IReadOnlyList<PlayedItemTotal>> TopAsync(
        string appUserId, PlayPeriod period, PlayedItemKind kind, PlayedItemOrder order, int take, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<PlayedItemTotal>>(Of(appUserId, period)
            .GroupBy(p => p.TrackName)
            .Select(g => new PlayedItemTotal(
                g.Key,
                g.First().ArtistNames,
                g.Count(p => p.MsPlayed >= ListeningRules.StreamThresholdMs),
                g.Sum(p => (long)p.MsPlayed),
                g.Min(p => p.PlayedAt),
                g.Max(p => p.PlayedAt)))
            .OrderByDescending(t => t.Streams)
            .ThenByDescending(t => t.MsPlayed)
            .Take(take)
            .ToArray());

    public Task<IReadOnlyList<ListeningGap>> ListGapsAsync(string appUserId, PlayPeriod period, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<ListeningGap>>(_gaps
            .Where(g => g.AppUserId == appUserId && (period.From is null || g.Gap.To > period.From) && (period.To is null || g.Gap.From < period.To))
            .Select(g => g.Gap)
            .OrderByDescending(g => g.To)
            .ToArray());

    private IEnumerable<Play> Of(string appUserId, PlayPeriod period) => _plays
        .Where(p => p.AppUserId == appUserId && (period.From is null || p.Play.PlayedAt >= period.From) && (period.To is null || p.Play.PlayedAt < period.To))
        .Select(p => p.Play);
}
