namespace CleanSpotify.Web.Models;

/// <summary>Shown instead of a page that needs Spotify when the user has no working link.</summary>
public sealed record LinkRequiredViewModel(string Message, LinkFormViewModel Form);
