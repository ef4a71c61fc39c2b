namespace CleanSpotify.SpotifySandbox.Accounts;

internal enum RedirectUriVerdict
{
    Accepted,
    Insecure,
    NotRegistered,
}
