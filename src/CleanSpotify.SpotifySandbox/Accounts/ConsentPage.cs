using System.Text.Encodings.Web;

namespace CleanSpotify.SpotifySandbox.Accounts;

/// <summary>The sandbox's stand-in for Spotify's "Agree / Cancel" screen. No script; every control is labelled.</summary>
internal static class ConsentPage
{
    public static string Render(string clientId, IReadOnlyList<string> scopes, IReadOnlyList<SandboxListener> listeners, string requestId)
    {
        var html = HtmlEncoder.Default;
        var page = HtmlPage.Begin("authorize", """
            body { font-family: system-ui, sans-serif; max-width: 40rem; margin: 2rem auto; padding: 0 1rem; color: #121212; }
            fieldset { border: 1px solid #ccc; border-radius: .5rem; margin: 1rem 0; }
            label { display: block; padding: .4rem 0; }
            .taste { display: block; color: #555; font-size: .9rem; margin-left: 1.6rem; }
            button { font-size: 1rem; padding: .5rem 1.5rem; border-radius: 2rem; border: 1px solid #121212; margin-right: .5rem; }
            button[value=agree] { background: #1ed760; border-color: #1ed760; }

            """);
        page.Append("<p>The app <strong id=\"client-id\">").Append(html.Encode(clientId)).Append("</strong> would like to connect to your account.</p>\n");
        page.Append("<h2>It asks to</h2>\n<ul id=\"scopes\">\n");
        if (scopes.Count == 0)
        {
            page.Append("<li>Read your public profile</li>\n");
        }

        foreach (var scope in scopes)
        {
            page.Append("<li data-scope=\"").Append(html.Encode(scope)).Append("\">").Append(html.Encode(SpotifyScopes.Describe(scope)))
                .Append(" (<code>").Append(html.Encode(scope)).Append("</code>)</li>\n");
        }

        page.Append("</ul>\n<form method=\"post\" action=\"/authorize\">\n");
        page.Append("<input type=\"hidden\" name=\"request_id\" value=\"").Append(html.Encode(requestId)).Append("\">\n");
        page.Append("<fieldset>\n<legend><h2>Continue as</h2></legend>\n");
        foreach (var listener in listeners)
        {
            var id = html.Encode("listener-" + listener.Key);
            page.Append("<label for=\"").Append(id).Append("\"><input type=\"radio\" name=\"listener\" id=\"").Append(id)
                .Append("\" value=\"").Append(html.Encode(listener.Key)).Append("\"> ")
                .Append(html.Encode(listener.DisplayName))
                .Append("<span class=\"taste\">").Append(html.Encode(listener.Taste)).Append("</span></label>\n");
        }

        page.Append("""
            </fieldset>
            <button type="submit" name="decision" value="agree">Agree</button>
            <button type="submit" name="decision" value="cancel">Cancel</button>
            </form>

            """);
        return HtmlPage.End(page);
    }
}
