namespace CleanSpotify.Application.Listening;

/// <summary>
/// A listening session, in the user's time zone: plays with less than <see cref="ListeningRules.SessionBreak"/> of
/// silence between one play's end and the next one's start. <see cref="Start"/> is when its first play began.
/// </summary>
public sealed record ListeningSessionDto(DateTimeOffset Start, DateTimeOffset End, int Plays, long MsPlayed)
{
    public TimeSpan Length => End - Start;
}
