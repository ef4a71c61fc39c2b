namespace CleanSpotify.Application.Export.ExportRecentlyPlayed;

/// <summary>The signed-in user's last plays as a download.</summary>
public sealed record ExportRecentlyPlayedQuery(ExportFormat Format) : IQuery<Result<ExportFileDto>>, ISignedInRequest;
