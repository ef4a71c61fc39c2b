using System.Net;
using System.Text.RegularExpressions;

namespace CleanSpotify.Benchmarks.Sessions;

/// <summary>The site's forms as a browser submits them: antiforgery token from the page, then the POST.</summary>
internal static partial class SiteForms
{
    /// <summary>Signs in through <c>/account/login</c>; true when the site redirects as after a successful sign-in.</summary>
    public static async Task<bool> SignInAsync(UserSession session, string password, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(session);
        using var response = await PostFormAsync(session, "/account/login", "/account/login", new()
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
        using var response = await PostFormAsync(session, "/account/register", "/account/register", new()
        {
            ["Email"] = session.Email,
            ["Password"] = password,
            ["ConfirmPassword"] = password,
        }, cancellationToken);
        return response.StatusCode == HttpStatusCode.Redirect;
    }

    /// <summary>Reads the antiforgery token from <paramref name="pagePath"/> and posts <paramref name="fields"/> with it.</summary>
    public static async Task<HttpResponseMessage> PostFormAsync(
        UserSession session, string pagePath, string actionPath, Dictionary<string, string> fields, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(session);
        ArgumentNullException.ThrowIfNull(fields);
        var page = await session.Client.GetStringAsync(pagePath, cancellationToken);
        fields["__RequestVerificationToken"] = AntiforgeryToken(page);
        using var content = new FormUrlEncodedContent(fields);
        return await session.Client.PostAsync(actionPath, content, cancellationToken);
    }

    public static string AntiforgeryToken(string html)
    {
        var match = AntiforgeryInput().Match(html);
        return match.Success ? match.Groups[1].Value : throw new InvalidOperationException("The page has no antiforgery token.");
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\"[^>]*value=\"([^\"]+)\"")]
    private static partial Regex AntiforgeryInput();
}
