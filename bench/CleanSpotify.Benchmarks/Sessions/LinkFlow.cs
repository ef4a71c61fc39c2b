using System.Net;
using System.Text.RegularExpressions;

namespace CleanSpotify.Benchmarks.Sessions;

/// <summary>
/// A new user's whole way to a linked account, as a browser goes: sign up, <c>POST /spotify/link</c>, the sandbox's
/// consent page and its answer, and the callback that exchanges the code and saves the link.
/// </summary>
internal static partial class LinkFlow
{
    /// <summary>True when every step answered as it should and the callback sent the user on to their top tracks.</summary>
    public static async Task<bool> RunAsync(UserSession session, HttpClient sandbox, string listenerKey, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(session);
        ArgumentNullException.ThrowIfNull(sandbox);
        if (!await SiteForms.RegisterAsync(session, Seeding.UserSeeder.Password, cancellationToken))
        {
            return false;
        }

        using var link = await SiteForms.PostFormAsync(session, "/", "/spotify/link", [], cancellationToken);
        if (link.StatusCode != HttpStatusCode.Redirect || link.Headers.Location is not { } authorize)
        {
            return false;
        }

        var consentPage = await sandbox.GetStringAsync(authorize, cancellationToken);
        var requestId = RequestIdInput().Match(consentPage);
        if (!requestId.Success)
        {
            return false;
        }

        using var consent = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["request_id"] = requestId.Groups[1].Value,
            ["decision"] = "agree",
            ["listener"] = listenerKey,
        });
        using var decided = await sandbox.PostAsync(new Uri(authorize, "/authorize"), consent, cancellationToken);
        if (decided.StatusCode != HttpStatusCode.Redirect || decided.Headers.Location is not { } callback)
        {
            return false;
        }

        using var linked = await session.Client.GetAsync(callback, cancellationToken);
        return linked.StatusCode == HttpStatusCode.Redirect && linked.Headers.Location?.OriginalString == "/top/tracks";
    }

    [GeneratedRegex("name=\"request_id\" value=\"([^\"]+)\"")]
    private static partial Regex RequestIdInput();
}
