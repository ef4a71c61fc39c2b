namespace CleanSpotify.SpotifySandbox.Listeners;

internal enum PlayContext
{
    None,
    Album,
    Artist,
}
