namespace CleanSpotify.Application.Listening;

/// <summary>A request for the plays between two days of the user's calendar, both included; an absent day is open.</summary>
public interface IListeningPeriodQuery
{
    DateOnly? From { get; }

    DateOnly? To { get; }
}
