namespace CleanSpotify.Application.Export;

/// <summary>A download: the name to save it under, its media type and its bytes.</summary>
public sealed record ExportFileDto(string FileName, string ContentType, byte[] Content);
