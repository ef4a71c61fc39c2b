using CleanSpotify.Application.Abstractions;

namespace CleanSpotify.Infrastructure.Persistence;

/// <summary>The collector's state for one user (<see cref="PlayCollectionState"/>); instants as Unix milliseconds.</summary>
internal sealed class PlayCollectionRecord : UserOwnedRecord
{
    public Guid LinkId { get; set; }

    public DateTimeOffset? LastPlayedAt { get; set; }

    public DateTimeOffset? LastPolledAt { get; set; }

    public DateTimeOffset NextPollAt { get; set; }

    public double PlaysPerHour { get; set; }

    public PlayCollectionState ToState() => new(LinkId, LastPlayedAt, LastPolledAt, NextPollAt, PlaysPerHour);

    public static PlayCollectionRecord From(string appUserId, PlayCollectionState state)
    {
        ArgumentNullException.ThrowIfNull(state);
        return new PlayCollectionRecord
        {
            AppUserId = appUserId,
            LinkId = state.LinkId,
            LastPlayedAt = state.LastPlayedAt,
            LastPolledAt = state.LastPolledAt,
            NextPollAt = state.NextPollAt,
            PlaysPerHour = state.PlaysPerHour,
        };
    }
}
