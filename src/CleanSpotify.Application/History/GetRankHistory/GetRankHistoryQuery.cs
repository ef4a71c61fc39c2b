using CleanSpotify.Application.Common.Results;
using Mediator;

namespace CleanSpotify.Application.History.GetRankHistory;

/// <summary>How one track or artist ranked, day by day: <paramref name="List"/> is <c>tracks</c> or <c>artists</c>.</summary>
public sealed record GetRankHistoryQuery(string? List, string? Range, string? Id) : IQuery<Result<RankHistoryDto>>;
