using System.Globalization;

namespace CleanSpotify.Application.Playlists;

/// <summary>
/// Which top tracks go into a playlist: the tracks on the page the form was on (up to 50), the whole list, or a number
/// of tracks from the top. The Web edge binds it from the form's <c>Count</c> (<see cref="PageValue"/>, <see cref="AllValue"/> or a number).
/// </summary>
public readonly record struct TrackSelection(TrackSelectionKind Kind, int Number)
{
    public const string PageValue = "page";

    public const string AllValue = "all";

    /// <summary>The largest number accepted; more than any top list Spotify serves.</summary>
    public const int MaxNumber = 1000;

    public static string Rule => $"Choose which tracks to save: \"{PageValue}\" (this page), \"{AllValue}\" (the whole list) or a number from 1 to {MaxNumber}.";

    /// <summary>Page or all, or a number of tracks from 1 to <see cref="MaxNumber"/>.</summary>
    public bool IsValid => Kind switch
    {
        TrackSelectionKind.Page or TrackSelectionKind.All => true,
        TrackSelectionKind.Top => Number is >= 1 and <= MaxNumber,
        _ => false,
    };

    /// <summary>"the tracks on page 2", "all your top tracks", "your top 30 tracks".</summary>
    public string Describe(int page) => Kind switch
    {
        TrackSelectionKind.Page => string.Create(CultureInfo.InvariantCulture, $"the tracks on page {page}"),
        TrackSelectionKind.All => "all your top tracks",
        _ => string.Create(CultureInfo.InvariantCulture, $"your top {Number} tracks"),
    };
}
