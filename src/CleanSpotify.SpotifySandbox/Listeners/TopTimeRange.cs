namespace CleanSpotify.SpotifySandbox.Listeners;

/// <summary>The <c>time_range</c> of <c>/me/top/{type}</c>.</summary>
internal enum TopTimeRange
{
    ShortTerm,
    MediumTerm,
    LongTerm,
}
