using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;

namespace CleanSpotify.Tests.Shared;

/// <summary>
/// The one browser driver of the site's forms and of the sandbox's consent page, shared by the functional, two-instance
/// and benchmark drivers: find a page's form by its action, submit it with every value the page rendered (antiforgery
/// token included) and the fields given, and answer Spotify's (the sandbox's) consent page. It knows no test framework,
/// so each driver asserts in its own way.
/// </summary>
internal static class SiteForms
{
    public static IHtmlFormElement? FindForm(IHtmlDocument document, string action)
    {
        ArgumentNullException.ThrowIfNull(document);
        return document.Forms.FirstOrDefault(f => string.Equals(f.GetAttribute("action"), action, StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>The form's rendered values with <paramref name="fields"/> replacing theirs; a null field value leaves the field out.</summary>
    public static FormUrlEncodedContent Fill(IHtmlFormElement form, IReadOnlyDictionary<string, string?>? fields = null)
    {
        ArgumentNullException.ThrowIfNull(form);
        var values = form.QuerySelectorAll("input[name]")
            .Select(i => new KeyValuePair<string, string>(i.GetAttribute("name")!, i.GetAttribute("value") ?? string.Empty))
            .Where(p => fields is null || !fields.ContainsKey(p.Key))
            .Concat((fields ?? new Dictionary<string, string?>()).Where(f => f.Value is not null).Select(f => new KeyValuePair<string, string>(f.Key, f.Value!)));
        return new FormUrlEncodedContent(values);
    }

    /// <summary>
    /// Opens <paramref name="pagePath"/> with <paramref name="client"/>, fills its form posting to <paramref name="action"/>
    /// and submits it with <paramref name="submitTo"/> (by default the same client: behind a balancer, another instance).
    /// </summary>
    public static async Task<HttpResponseMessage> SubmitAsync(
        HttpClient client,
        string pagePath,
        string action,
        IReadOnlyDictionary<string, string?>? fields,
        CancellationToken cancellationToken,
        HttpClient? submitTo = null)
    {
        ArgumentNullException.ThrowIfNull(client);
        using var page = await client.GetAsync(new Uri(pagePath, UriKind.Relative), cancellationToken);
        var document = await new HtmlParser().ParseDocumentAsync(await page.Content.ReadAsStringAsync(cancellationToken), cancellationToken);
        var form = FindForm(document, action)
            ?? throw new InvalidOperationException($"{pagePath} ({(int)page.StatusCode}) has no form posting to {action}.");
        using var content = Fill(form, fields);
        return await (submitTo ?? client).PostAsync(new Uri(action, UriKind.Relative), content, cancellationToken);
    }

    /// <summary>
    /// Answers the sandbox's consent page at <paramref name="authorizeUri"/> as <paramref name="listenerKey"/>; returns where
    /// the sandbox sends the browser back (the site's callback with a code or an error), or null when a step failed.
    /// </summary>
    public static async Task<Uri?> ConsentAsync(
        HttpClient sandbox, Uri authorizeUri, string listenerKey, string decision, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(sandbox);
        ArgumentNullException.ThrowIfNull(authorizeUri);
        using var consent = await sandbox.GetAsync(authorizeUri, cancellationToken);
        var document = await new HtmlParser().ParseDocumentAsync(await consent.Content.ReadAsStringAsync(cancellationToken), cancellationToken);
        if (document.QuerySelector("input[name=request_id]")?.GetAttribute("value") is not { } requestId)
        {
            return null;
        }

        using var answer = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["request_id"] = requestId,
            ["listener"] = listenerKey,
            ["decision"] = decision,
        });
        using var redirect = await sandbox.PostAsync(new Uri(authorizeUri, "/authorize"), answer, cancellationToken);
        return redirect.StatusCode == System.Net.HttpStatusCode.Redirect ? redirect.Headers.Location : null;
    }
}
