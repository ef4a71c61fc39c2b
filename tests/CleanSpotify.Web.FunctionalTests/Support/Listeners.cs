namespace CleanSpotify.Web.FunctionalTests.Support;

/// <summary>The sandbox's listener keys, as its consent page offers them.</summary>
public static class Listeners
{
    /// <summary>"Nina Hollis": 87 medium_term tracks (two pages of 50), 23 short_term.</summary>
    public const string JazzSoul = "jazz-soul";

    public const string IndieElectronic = "indie-electronic";

    public const string ClassicalFilm = "classical-film";

    public const string HipHopRnb = "hiphop-rnb";

    /// <summary>A listener with no listening history at all.</summary>
    public const string Newcomer = "newcomer";
}
