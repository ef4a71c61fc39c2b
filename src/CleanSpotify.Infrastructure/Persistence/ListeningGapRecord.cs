using CleanSpotify.Domain.Listening;

namespace CleanSpotify.Infrastructure.Persistence;

/// <summary>A stored gap in a user's collected plays.</summary>
internal sealed class ListeningGapRecord : UserOwnedRowRecord
{
    public required DateTimeOffset From { get; init; }

    public required DateTimeOffset To { get; init; }

    public required DateTimeOffset DetectedAt { get; init; }

    public ListeningGap ToGap() => new(From, To, DetectedAt);
}
