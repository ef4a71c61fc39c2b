using CleanSpotify.Application.Common.Results;
using Mediator;

namespace CleanSpotify.Application.Export.ExportTopTracks;

/// <summary>
/// The signed-in user's whole top-tracks list for one range as a download. <paramref name="Range"/> is as on the
/// top-tracks page; <paramref name="Format"/> is <c>csv</c> (default) or <c>json</c>.
/// </summary>
public sealed record ExportTopTracksQuery(string? Range, string? Format) : IQuery<Result<ExportFileDto>>;
