using CleanSpotify.Application.Export;

namespace CleanSpotify.Application.Listening.ExportListeningHistory;

/// <summary>Every stored play of the signed-in user between two days (both included; absent means open), as a download.</summary>
public sealed record ExportListeningHistoryQuery(ExportFormat Format, DateOnly? From, DateOnly? To)
    : IQuery<Result<ExportStreamDto>>, ISignedInRequest, IListeningPeriodQuery;
