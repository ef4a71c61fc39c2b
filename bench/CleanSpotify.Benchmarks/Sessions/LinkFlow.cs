using System.Net;
using CleanSpotify.Tests.Shared;

namespace CleanSpotify.Benchmarks.Sessions;

/// <summary>
/// A new user's whole way to a linked account, as a browser goes: sign up, <c>POST /spotify/link</c>, the sandbox's
/// consent page and its answer, and the callback that exchanges the code and saves the link.
/// </summary>
internal static class LinkFlow
{
    /// <summary>True when every step answered as it should and the callback sent the user on to their top tracks.</summary>
    public static async Task<bool> RunAsync(UserSession session, HttpClient sandbox, string listenerKey, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(session);
        ArgumentNullException.ThrowIfNull(sandbox);
        if (!await AccountForms.RegisterAsync(session, Seeding.UserSeeder.Password, cancellationToken))
        {
            return false;
        }

        using var link = await SiteForms.SubmitAsync(session.Client, "/", "/spotify/link", null, cancellationToken);
        if (link.StatusCode != HttpStatusCode.Redirect || link.Headers.Location is not { } authorize
            || await SiteForms.ConsentAsync(sandbox, authorize, listenerKey, "agree", cancellationToken) is not { } callback)
        {
            return false;
        }

        using var linked = await session.Client.GetAsync(callback, cancellationToken);
        return linked.StatusCode == HttpStatusCode.Redirect && linked.Headers.Location?.OriginalString == "/top/tracks";
    }
}
