namespace CleanSpotify.SpotifySandbox.Listeners;

/// <summary>How many top items a listener has per time range.</summary>
internal sealed record RangeSizes(int ShortTerm, int MediumTerm, int LongTerm)
{
    public int For(TopTimeRange range) => range switch
    {
        TopTimeRange.ShortTerm => ShortTerm,
        TopTimeRange.MediumTerm => MediumTerm,
        _ => LongTerm,
    };
}
