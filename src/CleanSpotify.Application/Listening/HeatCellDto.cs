namespace CleanSpotify.Application.Listening;

/// <summary>One cell of the heat map: plays that ended in this local hour on this weekday.</summary>
public sealed record HeatCellDto(DayOfWeek Day, int Hour, long MsPlayed, int Streams);
