namespace CleanSpotify.Application.Export;

/// <summary>
/// The root of a JSON export. <see cref="Range"/> is the top-list range (absent for recent plays); times are ISO 8601
/// UTC as in the CSV files; <see cref="FetchedAt"/> is when Spotify produced the oldest part of the data.
/// </summary>
public sealed record ExportDocument<T>(string List, string? Range, string ExportedAt, string FetchedAt, int Total, IReadOnlyList<T> Items);
