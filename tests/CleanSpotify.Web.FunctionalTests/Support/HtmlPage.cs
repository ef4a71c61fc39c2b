using System.Net;
using System.Text.RegularExpressions;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using CleanSpotify.Tests.Shared;

namespace CleanSpotify.Web.FunctionalTests.Support;

/// <summary>A response and its parsed HTML.</summary>
public sealed partial record HtmlPage(HttpResponseMessage Response, IHtmlDocument Document, string Html)
{
    public HttpStatusCode StatusCode => Response.StatusCode;

    /// <summary>The visible text of the body, whitespace collapsed.</summary>
    public string Text => Whitespace().Replace(Document.Body?.TextContent ?? string.Empty, " ").Trim();

    public IElement? Find(string selector) => Document.QuerySelector(selector);

    public IReadOnlyList<IElement> FindAll(string selector) => Document.QuerySelectorAll(selector).ToArray();

    public IHtmlFormElement? Form(string action) => SiteForms.FindForm(Document, action);

    public static async Task<HtmlPage> ParseAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(response);
        var html = await response.Content.ReadAsStringAsync(cancellationToken);
        var document = await new HtmlParser().ParseDocumentAsync(html, cancellationToken);
        return new HtmlPage(response, document, html);
    }

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
