namespace CleanSpotify.Domain.Tracks;

/// <summary>The periods Spotify computes top items over.</summary>
public enum TimeRange
{
    /// <summary>About the last four weeks.</summary>
    ShortTerm = 1,

    /// <summary>About the last six months; Spotify's default.</summary>
    MediumTerm = 2,

    /// <summary>About the last year.</summary>
    LongTerm = 3,
}
