namespace CleanSpotify.Application.Links.UnlinkSpotify;

/// <summary>What unlinking removed: <see cref="WasLinked"/> is false when there was no link to remove.</summary>
public sealed record UnlinkedDto(bool WasLinked, string? DisplayName);
