using CleanSpotify.Application.Common.Results;
using CleanSpotify.Domain.Tracks;
using Mediator;

namespace CleanSpotify.Application.Export.ExportTopTracks;

/// <summary>The signed-in user's whole top-tracks list for one range as a download.</summary>
public sealed record ExportTopTracksQuery(TimeRange Range, ExportFormat Format) : IQuery<Result<ExportFileDto>>;
