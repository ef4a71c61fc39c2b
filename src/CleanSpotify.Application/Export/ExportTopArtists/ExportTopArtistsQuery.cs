using CleanSpotify.Application.Common.Results;
using CleanSpotify.Domain.Tracks;
using Mediator;

namespace CleanSpotify.Application.Export.ExportTopArtists;

/// <summary>The signed-in user's whole top-artists list for one range as a download.</summary>
public sealed record ExportTopArtistsQuery(TimeRange Range, ExportFormat Format) : IQuery<Result<ExportFileDto>>;
