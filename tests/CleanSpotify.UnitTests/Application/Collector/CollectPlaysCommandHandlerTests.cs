using CleanSpotify.Application.Abstractions;
using CleanSpotify.Application.Collector.CollectPlays;
using CleanSpotify.Application.Common.Results;
using CleanSpotify.Domain.Listening;
using CleanSpotify.UnitTests.Application.Fakes;

namespace CleanSpotify.UnitTests.Application.Collector;

/// <summary>Through the real pipeline with fake ports: what a sweep reads, stores and schedules.</summary>
public sealed class CollectPlaysCommandHandlerTests : IAsyncDisposable
{
    private const string User = "app-user-1";

    private readonly ApplicationHost _host = new();

    [Fact]
    public async Task Handle_FirstPoll_StoresThePlaysAndSchedulesTheNextWithinThePolicy()
    {
        _host.CollectorSchedule.Link(User, ApplicationHost.Start.AddDays(100));
        _host.Plays.Answer = _ => Page(count: 3, newest: ApplicationHost.Start.AddMinutes(-1));

        var result = await SweepAsync();

        result.Should().Be(new PlaysCollectedDto(1, 0, 3, 0, false));
        _host.Plays.Reads.Should().Equal((User, (DateTimeOffset?)null));
        var state = _host.CollectorSchedule.PollStates[User];
        state.LastPlayedAt.Should().Be(ApplicationHost.Start.AddMinutes(-1));
        (state.NextPollAt - ApplicationHost.Start).Should().BeGreaterThanOrEqualTo(_host.Policy.MinPollInterval).And.BeLessThanOrEqualTo(_host.Policy.PollInterval);
    }

    [Fact]
    public async Task Handle_FullPageAllNewerThanTheLastStoredPlay_RecordsAGapAndAsksAfterTheCursor()
    {
        var cursor = ApplicationHost.Start.AddHours(-1);
        var linkId = _host.CollectorSchedule.Link(User, ApplicationHost.Start.AddDays(100));
        _host.CollectorSchedule.PollStates[User] = new PlayCollectionState(linkId, cursor, cursor, ApplicationHost.Start, 10);
        _host.Plays.Answer = _ => Page(count: 50, newest: ApplicationHost.Start.AddMinutes(-1), apart: TimeSpan.FromSeconds(1));

        var result = await SweepAsync();

        result.GapsRecorded.Should().Be(1);
        _host.Plays.Reads.Should().Equal((User, (DateTimeOffset?)cursor));
        var gap = _host.ListeningHistoryStore.Gaps[User].Should().ContainSingle().Subject;
        gap.From.Should().Be(cursor);
        gap.To.Should().Be(ApplicationHost.Start.AddMinutes(-1).AddSeconds(-49));
        _host.CollectorSchedule.PollStates[User].NextPollAt.Should().Be(ApplicationHost.Start + _host.Policy.MinPollInterval, "a play a second is faster than any allowed pace");
    }

    [Fact]
    public async Task Handle_DuringTheCooldown_ReadsNothing()
    {
        _host.CollectorSchedule.Link(User, ApplicationHost.Start.AddDays(100));
        _host.CallAllowance.CooldownUntil = ApplicationHost.Start.AddMinutes(5);

        var result = await SweepAsync();

        result.StoppedByCooldown.Should().BeTrue();
        _host.Plays.Reads.Should().BeEmpty();
    }

    [Fact]
    public async Task Handle_RateLimitedRead_StopsTheSweepBeforeTheNextUser()
    {
        _host.CollectorSchedule.Link(User, ApplicationHost.Start.AddDays(100));
        _host.CollectorSchedule.Link("app-user-2", ApplicationHost.Start.AddDays(100));
        _host.Plays.Answer = _ => Error.RateLimited(ApplicationHost.Start.AddMinutes(10), "slow down");

        var result = await SweepAsync();

        result.StoppedByCooldown.Should().BeTrue();
        _host.Plays.Reads.Should().ContainSingle();
    }

    [Fact]
    public async Task Handle_BusyUserOrExpiredLink_IsSkippedWithoutARead()
    {
        _host.CollectorSchedule.Link(User, ApplicationHost.Start.AddDays(100));
        _host.CollectorSchedule.Link("expired-user", ApplicationHost.Start.AddDays(-1));
        _host.CallAllowance.BusyUsers.Add(User);

        var result = await SweepAsync();

        result.Skipped.Should().Be(2);
        _host.Plays.Reads.Should().BeEmpty();
        _host.CollectorSchedule.PollStates.Should().ContainKey("expired-user", "an expired link is looked at again only later")
            .And.NotContainKey(User, "a busy user stays due for the next sweep");
    }

    public ValueTask DisposeAsync() => _host.DisposeAsync();

    private async Task<PlaysCollectedDto> SweepAsync() =>
        (await _host.Sender.Send(new CollectPlaysCommand(), TestContext.Current.CancellationToken)).Value;

    /// <summary><paramref name="count"/> plays <paramref name="apart"/> (a minute by default), the newest ending at <paramref name="newest"/>.</summary>
    private static Result<IReadOnlyList<Play>> Page(int count, DateTimeOffset newest, TimeSpan? apart = null) =>
        Enumerable.Range(0, count)
            .Select(i => new Play($"track-{i}", $"Track {i}", ["Artist"], "Album", newest - (i * (apart ?? TimeSpan.FromMinutes(1))), 180_000, true, PlaySource.Recent))
            .ToArray();
}
