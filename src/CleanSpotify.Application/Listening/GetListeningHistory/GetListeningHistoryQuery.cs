namespace CleanSpotify.Application.Listening.GetListeningHistory;

/// <summary>One page of the signed-in user's stored plays between two days (both included; absent means open), newest first.</summary>
public sealed record GetListeningHistoryQuery(DateOnly? From, DateOnly? To, int Page) : IQuery<Result<ListeningHistoryDto>>, ISignedInRequest, IListeningPeriodQuery;
