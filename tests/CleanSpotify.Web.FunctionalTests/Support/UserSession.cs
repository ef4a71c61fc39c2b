using System.Net;
using AngleSharp.Html.Dom;
using CleanSpotify.Tests.Shared;

namespace CleanSpotify.Web.FunctionalTests.Support;

/// <summary>
/// One browser: its own cookies, no automatic redirects. Drives the site the way a person would: read a page, fill
/// in its form (antiforgery token included), follow Spotify's consent on the sandbox, come back to the callback.
/// </summary>
public sealed class UserSession : IDisposable
{
    private readonly CleanSpotifyWebApplicationFactory _factory;
    private string? _linkedListener;

    public UserSession(CleanSpotifyWebApplicationFactory factory)
        : this(factory, factory.CreateBrowserClient())
    {
    }

    /// <summary>A browser using <paramref name="client"/>, e.g. one that reaches the site over https.</summary>
    public UserSession(CleanSpotifyWebApplicationFactory factory, HttpClient client)
    {
        _factory = factory;
        Client = client;
    }

    public HttpClient Client { get; }

    public string? Email { get; private set; }

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public Task<HttpResponseMessage> GetAsync(string pathAndQuery) => Client.GetAsync(new Uri(pathAndQuery, UriKind.Relative), Ct);

    public async Task<HtmlPage> GetPageAsync(string pathAndQuery) => await HtmlPage.ParseAsync(await GetAsync(pathAndQuery), Ct);

    /// <summary>
    /// Opens <paramref name="pagePath"/>, takes its form posting to <paramref name="action"/> with every field as the
    /// page rendered it (hidden antiforgery token included), overrides <paramref name="fields"/>, and submits it.
    /// </summary>
    public Task<HttpResponseMessage> SubmitFormAsync(string pagePath, string action, IReadOnlyDictionary<string, string?>? fields = null) =>
        SiteForms.SubmitAsync(Client, pagePath, action, fields, Ct);

    public async Task<HttpResponseMessage> SubmitFormAsync(IHtmlFormElement form, IReadOnlyDictionary<string, string?>? fields = null)
    {
        ArgumentNullException.ThrowIfNull(form);
        using var content = SiteForms.Fill(form, fields);
        return await Client.PostAsync(new Uri(form.GetAttribute("action")!, UriKind.Relative), content, Ct);
    }

    public async Task<HttpResponseMessage> RegisterAsync(string email, string password = TestEmails.Password, string? confirmPassword = null)
    {
        var response = await SubmitFormAsync("/account/register", "/account/register", new Dictionary<string, string?>
        {
            ["Email"] = email,
            ["Password"] = password,
            ["ConfirmPassword"] = confirmPassword ?? password,
        });
        if (response.StatusCode == HttpStatusCode.Redirect)
        {
            Email = email;
        }

        return response;
    }

    public async Task<HttpResponseMessage> LoginAsync(string email, string password, string? returnUrl = null)
    {
        var page = "/account/login" + (returnUrl is null ? string.Empty : "?returnUrl=" + Uri.EscapeDataString(returnUrl));
        var response = await SubmitFormAsync(page, "/account/login", new Dictionary<string, string?>
        {
            ["Email"] = email,
            ["Password"] = password,
            ["ReturnUrl"] = returnUrl,
        });
        if (response.StatusCode == HttpStatusCode.Redirect)
        {
            Email = email;
        }

        return response;
    }

    public Task<HttpResponseMessage> LogoutAsync() => SubmitFormAsync("/", "/account/logout");

    /// <summary>Submits the link form on <paramref name="pagePath"/> and returns the site's answer (302 to Spotify's consent page).</summary>
    public Task<HttpResponseMessage> PostLinkFormAsync(string pagePath = "/spotify") => SubmitFormAsync(pagePath, "/spotify/link");

    /// <summary>Starts linking and returns the consent URL the site redirected to.</summary>
    public async Task<Uri> BeginLinkAsync(string pagePath = "/spotify")
    {
        var response = await PostLinkFormAsync(pagePath);
        response.StatusCode.Should().Be(HttpStatusCode.Redirect, "the link form should redirect to Spotify's consent page");
        return response.Headers.Location!;
    }

    /// <summary>Answers the sandbox's consent page as <paramref name="listenerKey"/>; returns Spotify's redirect back to the site.</summary>
    public async Task<Uri> ConsentAsync(Uri authorizeUri, string listenerKey, string decision = "agree")
    {
        var back = await SiteForms.ConsentAsync(_factory.SandboxClient, authorizeUri, listenerKey, decision, Ct);
        back.Should().NotBeNull("the sandbox should show its consent page for {0} and send the browser back to the site", authorizeUri);
        return back!;
    }

    /// <summary>Follows Spotify's redirect back: the callback URL's path and query, on this site.</summary>
    public Task<HttpResponseMessage> CallbackAsync(Uri callbackUri)
    {
        ArgumentNullException.ThrowIfNull(callbackUri);
        return GetAsync(callbackUri.PathAndQuery);
    }

    /// <summary>The whole link flow as <paramref name="listenerKey"/>; returns the callback's answer.</summary>
    public async Task<HttpResponseMessage> LinkAsAsync(string listenerKey, string pagePath = "/spotify") =>
        await CallbackAsync(await ConsentAsync(await BeginLinkAsync(pagePath), listenerKey));

    /// <summary>Links as <paramref name="listenerKey"/> and checks the site took it.</summary>
    public async Task LinkSuccessfullyAsAsync(string listenerKey)
    {
        var response = await LinkAsAsync(listenerKey);
        response.StatusCode.Should().Be(HttpStatusCode.Redirect, "linking as {0} should succeed", listenerKey);
        response.LocationText().Should().Be("/top/tracks");
        _linkedListener = listenerKey;
    }

    /// <summary>Saves the tracks shown on <paramref name="pagePath"/> as a playlist, so a saved-playlist record exists.</summary>
    public async Task SavePlaylistOfPageAsync(string pagePath = "/top/tracks?range=short_term")
    {
        var response = await SubmitFormAsync(pagePath, "/playlists", new Dictionary<string, string?> { ["Count"] = "page" });
        if (response.Headers.Location is { IsAbsoluteUri: true } consentUri)
        {
            // The first playlist asks Spotify for the permission to write playlists, then the user confirms.
            var listenerKey = _linkedListener ?? throw new InvalidOperationException("Link with LinkSuccessfullyAsAsync before saving a playlist.");
            var back = await CallbackAsync(await ConsentAsync(consentUri, listenerKey));
            back.StatusCode.Should().Be(HttpStatusCode.Redirect, "the consent for playlists should come back to the confirmation page");
            var confirm = await GetPageAsync(back.LocationText()!);
            response = await SubmitFormAsync(confirm.Form("/playlists") ?? throw new InvalidOperationException("The confirmation page has no form."));
        }

        response.StatusCode.Should().Be(HttpStatusCode.Redirect, "saving the page as a playlist should succeed");
        response.LocationText().Should().StartWith("/playlists/");
    }

    public void Dispose() => Client.Dispose();
}
