using CleanSpotify.Domain.History;
using CleanSpotify.Domain.Tracks;

namespace CleanSpotify.Application.Export.ExportTopList;

/// <summary>The signed-in user's whole top-tracks or top-artists list (<paramref name="List"/>) for one range as a download.</summary>
public sealed record ExportTopListQuery(TopListKind List, TimeRange Range, ExportFormat Format) : IQuery<Result<ExportFileDto>>, ISignedInRequest;
