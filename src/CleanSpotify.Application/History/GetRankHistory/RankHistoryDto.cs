using CleanSpotify.Domain.History;
using CleanSpotify.Domain.Tracks;

namespace CleanSpotify.Application.History.GetRankHistory;

/// <summary>An item's rank on each recorded day (null: not in the recorded part of the list that day), oldest first.</summary>
public sealed record RankHistoryDto(TopListKind Kind, TimeRange Range, string ItemId, string? ItemName, IReadOnlyList<RankHistoryPointDto> Points);

public sealed record RankHistoryPointDto(DateOnly Day, int? Rank);
