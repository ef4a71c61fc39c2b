using CleanSpotify.Application.Common.Results;
using Mediator;

namespace CleanSpotify.Application.Export.ExportRecentlyPlayed;

/// <summary>The signed-in user's last plays as a download; <paramref name="Format"/> is <c>csv</c> (default) or <c>json</c>.</summary>
public sealed record ExportRecentlyPlayedQuery(string? Format) : IQuery<Result<ExportFileDto>>;
