using System.Globalization;

namespace CleanSpotify.Application.Playlists;

/// <summary>
/// Which top tracks go into a playlist, as the form sends it in <c>Count</c>: <c>page</c> (the tracks on the page
/// the form was on, up to 50), <c>all</c> (the whole list), or a number of tracks from the top.
/// </summary>
public readonly record struct TrackSelection(TrackSelectionKind Kind, int Number)
{
    public const string PageValue = "page";

    public const string AllValue = "all";

    /// <summary>The largest number accepted; more than any top list Spotify serves.</summary>
    public const int MaxNumber = 1000;

    public static string Rule => $"Choose which tracks to save: \"{PageValue}\" (this page), \"{AllValue}\" (the whole list) or a number from 1 to {MaxNumber}.";

    public static bool TryParse(string? value, out TrackSelection selection)
    {
        selection = default;
        if (string.Equals(value, PageValue, StringComparison.Ordinal))
        {
            selection = new TrackSelection(TrackSelectionKind.Page, 0);
            return true;
        }

        if (string.Equals(value, AllValue, StringComparison.Ordinal))
        {
            selection = new TrackSelection(TrackSelectionKind.All, 0);
            return true;
        }

        if (int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var number) && number is >= 1 and <= MaxNumber)
        {
            selection = new TrackSelection(TrackSelectionKind.Top, number);
            return true;
        }

        return false;
    }

    /// <summary>The value the form sends back.</summary>
    public string ToFormValue() => Kind switch
    {
        TrackSelectionKind.Page => PageValue,
        TrackSelectionKind.All => AllValue,
        _ => Number.ToString(CultureInfo.InvariantCulture),
    };

    /// <summary>"the tracks on page 2", "all your top tracks", "your top 30 tracks".</summary>
    public string Describe(int page) => Kind switch
    {
        TrackSelectionKind.Page => string.Create(CultureInfo.InvariantCulture, $"the tracks on page {page}"),
        TrackSelectionKind.All => "all your top tracks",
        _ => string.Create(CultureInfo.InvariantCulture, $"your top {Number} tracks"),
    };
}
