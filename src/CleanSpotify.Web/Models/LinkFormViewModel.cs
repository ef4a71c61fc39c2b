namespace CleanSpotify.Web.Models;

/// <summary>The "link Spotify" form (<c>POST /spotify/link</c>) and where to come back to afterwards.</summary>
public sealed record LinkFormViewModel(string ButtonText, string? ReturnUrl)
{
    public static readonly LinkFormViewModel Link = new("Link Spotify", null);

    public static readonly LinkFormViewModel Reconnect = new("Reconnect Spotify", null);

    public static readonly LinkFormViewModel StartAgain = new("Start linking again", null);
}
