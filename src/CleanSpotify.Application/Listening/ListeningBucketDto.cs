namespace CleanSpotify.Application.Listening;

/// <summary>One bar of the time-listened chart: the first day it covers, its time listened and streams.</summary>
public sealed record ListeningBucketDto(DateOnly Start, long MsPlayed, int Streams);
