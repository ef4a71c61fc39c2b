using System.Text.RegularExpressions;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace CleanSpotify.E2E.Tests.Support;

/// <summary>
/// One person in their own browser context. Finds things the way a person does (roles, labels, visible text), not by
/// CSS classes, and hands every page it is asked to check to the test's <see cref="PageAudit"/>, along with every 5xx,
/// browser console error and uncaught page error seen on any page, the Spotify sandbox's included.
/// </summary>
public sealed partial class SiteVisitor : IAsyncDisposable
{
    public const string Password = "correct-horse-battery-7";

    private readonly BrowserSiteFixture _site;
    private readonly IBrowserContext _context;
    private readonly PageAudit _audit;

    internal SiteVisitor(BrowserSiteFixture site, IBrowserContext context, IPage page, PageAudit audit)
    {
        _site = site;
        _context = context;
        _audit = audit;
        Page = page;
        _context.Response += OnResponse;
        _context.Console += OnConsole;
        Page.PageError += OnPageError;
    }

    public IPage Page { get; }

    public string Email { get; private set; } = string.Empty;

    /// <summary>The page's main landmark: what the page is about, without the header and footer.</summary>
    public ILocator Main => Page.GetByRole(AriaRole.Main);

    /// <summary>The page header: where "Sign in", "Sign up", "Sign out" and the links to the main pages live.</summary>
    public ILocator Header => Page.GetByRole(AriaRole.Banner);

    public ILocator SignOutButton => Header.GetByRole(AriaRole.Button, new() { Name = "Sign out", Exact = true });

    /// <summary>The absolute URL of <paramref name="pathAndQuery"/> on the site.</summary>
    public string Url(string pathAndQuery) => new Uri(_site.BaseAddress, pathAndQuery).AbsoluteUri;

    public ILocator Heading(string name) => Page.GetByRole(AriaRole.Heading, new() { Name = name, Level = 1 });

    public ILocator Heading(Regex name) => Page.GetByRole(AriaRole.Heading, new() { NameRegex = name, Level = 1 });

    public ILocator Button(string name) => Page.GetByRole(AriaRole.Button, new() { Name = name, Exact = true });

    public ILocator Link(string name) => Page.GetByRole(AriaRole.Link, new() { Name = name, Exact = true });

    /// <summary>A link in the page header ("Tracks", "Artists", "Recent", "Account", "Sign in", "Sign up").</summary>
    public ILocator NavLink(string name) => Header.GetByRole(AriaRole.Link, new() { Name = name, Exact = true });

    /// <summary>Opens <paramref name="pathAndQuery"/> as if typed into the address bar.</summary>
    public async Task<IResponse?> OpenAsync(string pathAndQuery) => await Page.GotoAsync(pathAndQuery);

    public Task AuditAsync(string pageName) => _audit.CheckAsync(Page, pageName);

    /// <summary>Registers a fresh account on the sign-up page (opened unless it is already showing); ends signed in on the home page.</summary>
    public async Task SignUpAsync(string prefix)
    {
        if (!Page.Url.StartsWith(Url("/account/register"), StringComparison.Ordinal))
        {
            await OpenAsync("/account/register");
        }

        await Expect(Heading("Create an account")).ToBeVisibleAsync();
        await AuditAsync("register");
        Email = $"{prefix}-{Guid.NewGuid():N}@example.test";
        await Page.GetByLabel(EmailLabel()).FillAsync(Email);
        await Page.GetByLabel(PasswordLabel()).FillAsync(Password);
        await Page.GetByLabel(ConfirmPasswordLabel()).FillAsync(Password);
        await Button("Create account").ClickAsync();

        await Expect(Page).ToHaveURLAsync(Url("/"));
        await Expect(SignOutButton).ToBeVisibleAsync();
    }

    /// <summary>Fills in and submits the sign-in form that is showing.</summary>
    public async Task SubmitSignInAsync(string email, string password)
    {
        await Page.GetByLabel(EmailLabel()).FillAsync(email);
        await Page.GetByLabel(PasswordLabel()).FillAsync(password);
        await Button("Sign in").ClickAsync();
    }

    public async Task SignOutAsync()
    {
        await SignOutButton.ClickAsync();
        await Expect(Page).ToHaveURLAsync(Url("/"));
        await Expect(NavLink("Sign in")).ToBeVisibleAsync();
        await Expect(SignOutButton).ToHaveCountAsync(0);
    }

    /// <summary>Opens the account page and starts linking with its "Link Spotify" button; ends on Spotify's (the sandbox's) consent page.</summary>
    public async Task StartLinkingAsync()
    {
        await OpenAccountPageAsync("account-unlinked");
        await Expect(Main.GetByText("Not linked", new() { Exact = true })).ToBeVisibleAsync();
        await Button("Link Spotify").ClickAsync();
        await ExpectConsentPageAsync();
    }

    /// <summary>The account page through the header's "Account" link, checked as <paramref name="pageName"/>.</summary>
    public async Task OpenAccountPageAsync(string pageName)
    {
        await NavLink("Account").ClickAsync();
        await Expect(Page).ToHaveURLAsync(Url("/spotify"));
        await Expect(Heading("Your Spotify account")).ToBeVisibleAsync();
        await AuditAsync(pageName);
    }

    /// <summary>The sandbox's consent page is showing. It is Spotify's page, not ours: no axe, no screenshot.</summary>
    public async Task ExpectConsentPageAsync()
    {
        await Expect(Page).ToHaveURLAsync(new Regex("^" + Regex.Escape(_site.Sandbox.AccountsBaseUrl.ToString().TrimEnd('/')) + "/authorize\\?"));
        await Expect(Page.GetByRole(AriaRole.Heading, new() { Name = "Spotify sandbox" })).ToBeVisibleAsync();
    }

    /// <summary>On the consent page: continues as <paramref name="listener"/> and agrees.</summary>
    public async Task AgreeAsAsync(Listener listener)
    {
        ArgumentNullException.ThrowIfNull(listener);
        await ExpectConsentPageAsync();
        await Page.GetByRole(AriaRole.Radio, new() { Name = listener.DisplayName }).CheckAsync();
        await Button("Agree").ClickAsync();
    }

    /// <summary>The whole link flow from the account page; ends on the top tracks with the "linked" message.</summary>
    public async Task LinkAsAsync(Listener listener)
    {
        ArgumentNullException.ThrowIfNull(listener);
        await StartLinkingAsync();
        await AgreeAsAsync(listener);
        await ExpectLinkedAsync(listener, "/top/tracks");
    }

    /// <summary>Back from Spotify on <paramref name="pathAndQuery"/>, with the confirmation naming <paramref name="listener"/>.</summary>
    public async Task ExpectLinkedAsync(Listener listener, string pathAndQuery)
    {
        ArgumentNullException.ThrowIfNull(listener);
        await Expect(Page).ToHaveURLAsync(Url(pathAndQuery));
        await Expect(Page.GetByText($"Linked to Spotify as {listener.DisplayName}.")).ToBeVisibleAsync();
    }

    /// <summary>Each name is on the page, as a line of its own.</summary>
    public async Task ExpectToSeeAsync(IEnumerable<string> names)
    {
        ArgumentNullException.ThrowIfNull(names);
        foreach (var name in names)
        {
            await Expect(Main.GetByText(name, new() { Exact = true }).First).ToBeVisibleAsync();
        }
    }

    /// <summary>None of the names is anywhere on the page.</summary>
    public async Task ExpectNotToSeeAsync(IEnumerable<string> names)
    {
        ArgumentNullException.ThrowIfNull(names);
        foreach (var name in names)
        {
            await Expect(Page.GetByText(name, new() { Exact = true })).ToHaveCountAsync(0);
        }
    }

    /// <summary>
    /// The first <paramref name="atMost"/> images of the main content actually loaded (scrolled to first: they load
    /// lazily): the browser decoded them to a width above zero.
    /// </summary>
    public async Task ExpectImagesLoadedAsync(int atMost = 3)
    {
        var images = Main.Locator("img");
        await Expect(images.First).ToBeAttachedAsync();
        var count = Math.Min(await images.CountAsync(), atMost);
        for (var i = 0; i < count; i++)
        {
            var image = images.Nth(i);
            await image.ScrollIntoViewIfNeededAsync();
            await Expect(image).ToHaveJSPropertyAsync("complete", true);
            var naturalWidth = await image.EvaluateAsync<int>("img => img.naturalWidth");
            naturalWidth.Should().BeGreaterThan(0, "image {0} ({1}) on {2} should have loaded",
                await image.GetAttributeAsync("alt"), await image.GetAttributeAsync("src"), Page.Url);
        }

        await Page.EvaluateAsync("() => window.scrollTo(0, 0)");
    }

    public async ValueTask DisposeAsync()
    {
        _context.Response -= OnResponse;
        _context.Console -= OnConsole;
        Page.PageError -= OnPageError;
        await _context.CloseAsync();
        await _context.DisposeAsync();
    }

    [GeneratedRegex("e-?mail", RegexOptions.IgnoreCase)]
    private static partial Regex EmailLabel();

    [GeneratedRegex("^password", RegexOptions.IgnoreCase)]
    private static partial Regex PasswordLabel();

    [GeneratedRegex("repeat|confirm", RegexOptions.IgnoreCase)]
    private static partial Regex ConfirmPasswordLabel();

    /// <summary>The <c>:line:column</c> a console message's location ends with.</summary>
    [GeneratedRegex(@":\d+:\d+$")]
    private static partial Regex LineAndColumn();

    /// <summary>Any page's console error (an invalid or violated CSP, a failed load, a script error) is a problem.</summary>
    private void OnConsole(object? sender, IConsoleMessage message)
    {
        if (message.Type == "error")
        {
            _audit.RecordConsoleError(LineAndColumn().Replace(message.Location, string.Empty), $"{message.Page?.Url ?? "(no page)"}: {message.Text} ({message.Location})");
        }
    }

    private void OnPageError(object? sender, string error) => _audit.RecordConsoleError(Page.Url, $"{Page.Url}: uncaught {error}");

    private void OnResponse(object? sender, IResponse response)
    {
        if (response.Request.IsNavigationRequest && response.Status is >= 400 and < 500)
        {
            _audit.RecordClientErrorPage(response.Url);
        }

        if (response.Status >= 500 && response.Url.StartsWith(_site.BaseAddress.AbsoluteUri, StringComparison.Ordinal))
        {
            _audit.RecordServerError($"{response.Status} {response.Request.Method} {response.Url}");
        }
    }
}
