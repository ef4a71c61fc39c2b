namespace CleanSpotify.Application.Listening.GetListeningStats;

/// <summary>The signed-in user's listening figures for the days from <see cref="From"/> to <see cref="To"/> (both included; absent means open).</summary>
public sealed record GetListeningStatsQuery(DateOnly? From, DateOnly? To) : IQuery<Result<ListeningStatsDto>>, ISignedInRequest, IListeningPeriodQuery;
