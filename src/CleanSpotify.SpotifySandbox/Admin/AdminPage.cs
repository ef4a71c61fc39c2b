using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;

namespace CleanSpotify.SpotifySandbox.Admin;

/// <summary><c>GET /sandbox</c>: a read-only overview of counters, faults, listeners and their playlists. Never shows tokens.</summary>
internal static class AdminPage
{
    private const int RecentCallCount = 25;

    public static IEndpointRouteBuilder MapAdminPage(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/sandbox", (SandboxState state) => Results.Content(Render(state), "text/html; charset=utf-8"));
        return endpoints;
    }

    private static string Render(SandboxState state)
    {
        var stats = SandboxStats.From(state);
        var html = HtmlEncoder.Default;
        var page = HtmlPage.Begin("admin", """
            body { font-family: system-ui, sans-serif; margin: 2rem; color: #121212; }
            table { border-collapse: collapse; margin-bottom: 1.5rem; }
            th, td { border: 1px solid #ccc; padding: .3rem .6rem; text-align: left; }

            """);
        page.Append("<h2>Counters</h2>\n<table id=\"counters\">\n");
        Row(page, html, "Token requests", Number(stats.TokenRequests));
        foreach (var (grantType, count) in stats.TokenRequestsByGrantType)
        {
            Row(page, html, $"Token requests ({grantType})", Number(count));
        }

        Row(page, html, "API calls", Number(stats.ApiCalls));
        foreach (var (status, count) in stats.ApiCallsByStatus.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            Row(page, html, $"API calls answered {status}", Number(count));
        }

        page.Append("</table>\n<h2>Faults</h2>\n<ul id=\"faults\">\n");
        var faults = stats.Faults;
        Item(page, html, $"Refresh token mode: {faults.RefreshTokenMode}");
        if (faults.AppRateLimit is { } limit)
        {
            Item(page, html, string.Create(
                CultureInfo.InvariantCulture,
                $"App-wide limit: {limit.Calls} calls per {limit.WindowSeconds} s ({limit.CallsInWindow} in the current window)"));
        }

        foreach (var fault in faults.Pending)
        {
            Item(page, html, string.Create(
                CultureInfo.InvariantCulture,
                $"{fault.StatusCode} \"{fault.Message}\" for the next {fault.Remaining} call(s) of {fault.ListenerKey ?? "everyone"}"));
        }

        foreach (var (key, milliseconds) in faults.LatencyMilliseconds)
        {
            Item(page, html, string.Create(CultureInfo.InvariantCulture, $"Latency {milliseconds} ms for {Who(key)}"));
        }

        foreach (var (key, wall) in faults.DevModeWalls)
        {
            Item(page, html, $"Development-mode 403 ({wall}) for {Who(key)}");
        }

        page.Append("</ul>\n<h2>Listeners</h2>\n<table id=\"listeners\">\n<tr><th scope=\"col\">Key</th><th scope=\"col\">Name</th><th scope=\"col\">User id</th><th scope=\"col\">Account id</th><th scope=\"col\">API calls</th><th scope=\"col\">Playlists</th><th scope=\"col\">Data export</th></tr>\n");
        foreach (var listener in stats.Listeners)
        {
            var playlists = state.GetPlaylists(listener.Key)
                .Select(p => string.Create(
                    CultureInfo.InvariantCulture, $"{html.Encode(p.Name)} ({(p.IsPublic ? "public" : "private")}, {p.ItemUris.Count} tracks)"));
            page.Append("<tr><td>").Append(html.Encode(listener.Key)).Append("</td><td>").Append(html.Encode(listener.DisplayName))
                .Append("</td><td>").Append(html.Encode(listener.UserId)).Append("</td><td>").Append(html.Encode(listener.AccountId))
                .Append("</td><td>").Append(Number(listener.ApiCalls)).Append("</td><td>").Append(string.Join("<br>", playlists))
                .Append("</td><td>").Append(ExportLink(html, listener.Key, "extended", "Extended streaming history"))
                .Append("<br>").Append(ExportLink(html, listener.Key, "account", "Account data")).Append("</td></tr>\n");
        }

        page.Append("</table>\n<h2>Latest API calls</h2>\n<table id=\"calls\">\n<tr><th scope=\"col\">Method</th><th scope=\"col\">Path</th><th scope=\"col\">Listener</th><th scope=\"col\">Status</th></tr>\n");
        foreach (var call in state.ApiCalls.TakeLast(RecentCallCount).Reverse())
        {
            page.Append("<tr><td>").Append(html.Encode(call.Method)).Append("</td><td>").Append(html.Encode(call.Path))
                .Append("</td><td>").Append(html.Encode(call.ListenerKey ?? "–")).Append("</td><td>").Append(Number(call.StatusCode))
                .Append("</td></tr>\n");
        }

        page.Append("</table>\n");
        return HtmlPage.End(page);
    }

    private static string ExportLink(HtmlEncoder html, string listenerKey, string kind, string label) =>
        $"<a href=\"/sandbox/listeners/{html.Encode(Uri.EscapeDataString(listenerKey))}/data-export?kind={kind}\" download data-export=\"{kind}\" data-listener=\"{html.Encode(listenerKey)}\">{label}</a>";

    private static string Who(string key) => key == "*" ? "everyone" : key;

    private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);

    private static void Row(StringBuilder page, HtmlEncoder html, string label, string value) =>
        page.Append("<tr><th scope=\"row\">").Append(html.Encode(label)).Append("</th><td>").Append(html.Encode(value)).Append("</td></tr>\n");

    private static void Item(StringBuilder page, HtmlEncoder html, string text) =>
        page.Append("<li>").Append(html.Encode(text)).Append("</li>\n");
}
