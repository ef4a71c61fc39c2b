using CleanSpotify.Application.Common.Results;
using Mediator;

namespace CleanSpotify.Application.Export.ExportTopArtists;

/// <summary>The signed-in user's whole top-artists list for one range as a download; same inputs as the tracks export.</summary>
public sealed record ExportTopArtistsQuery(string? Range, string? Format) : IQuery<Result<ExportFileDto>>;
