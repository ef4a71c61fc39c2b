namespace CleanSpotify.E2E.Tests.Support;

/// <summary>A sandbox listener: its key in the sandbox's state and the name its consent page shows.</summary>
public sealed record Listener(string Key, string DisplayName)
{
    /// <summary>87 medium_term tracks (two pages of 50).</summary>
    public static readonly Listener NinaHollis = new("jazz-soul", "Nina Hollis");

    public static readonly Listener TheoMarsh = new("indie-electronic", "Theo Marsh");

    public static readonly Listener ClaraVance = new("classical-film", "Clara Vance");

    public static readonly Listener JaylenBrooks = new("hiphop-rnb", "Jaylen Brooks");

    /// <summary>No listening history at all.</summary>
    public static readonly Listener SamRivera = new("newcomer", "Sam Rivera");
}
