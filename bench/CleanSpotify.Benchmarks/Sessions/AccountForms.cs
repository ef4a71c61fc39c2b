using System.Net;
using CleanSpotify.Tests.Shared;

namespace CleanSpotify.Benchmarks.Sessions;

/// <summary>The account forms as a browser submits them, through the shared form driver (antiforgery token included).</summary>
internal static class AccountForms
{
    /// <summary>Signs in through <c>/account/login</c>; true when the site redirects as after a successful sign-in.</summary>
    public static async Task<bool> SignInAsync(UserSession session, string password, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(session);
        using var response = await SiteForms.SubmitAsync(session.Client, "/account/login", "/account/login", new Dictionary<string, string?>
        {
            ["Email"] = session.Email,
            ["Password"] = password,
        }, cancellationToken);
        return response.StatusCode == HttpStatusCode.Redirect;
    }

    /// <summary>Signs up through <c>/account/register</c>, which signs the new user in.</summary>
    public static async Task<bool> RegisterAsync(UserSession session, string password, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(session);
        using var response = await SiteForms.SubmitAsync(session.Client, "/account/register", "/account/register", new Dictionary<string, string?>
        {
            ["Email"] = session.Email,
            ["Password"] = password,
            ["ConfirmPassword"] = password,
        }, cancellationToken);
        return response.StatusCode == HttpStatusCode.Redirect;
    }
}
