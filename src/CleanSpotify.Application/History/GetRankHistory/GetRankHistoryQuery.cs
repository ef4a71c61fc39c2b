using CleanSpotify.Domain.History;
using CleanSpotify.Domain.Tracks;

namespace CleanSpotify.Application.History.GetRankHistory;

/// <summary>How one track or artist (<paramref name="Id"/>, a Spotify id) ranked in a top list, day by day.</summary>
public sealed record GetRankHistoryQuery(TopListKind List, TimeRange Range, string Id) : IQuery<Result<RankHistoryDto>>, ISignedInRequest;
