using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace CleanSpotify.E2E.Tests.Support;

/// <summary>
/// What a test collects about the pages it visits, checked once at its end so that one bad page does not hide the
/// rest of the journey: axe violations of impact serious or critical (rule, impact, targets), any 5xx from the site,
/// and any browser console error or uncaught page error on any page. Each of our pages is checked on its first visit
/// in the run (axe at desktop width, then full-page PNGs at desktop and phone width, which are artifacts, not
/// assertions); later visits of the same page are not re-checked, which keeps the run short. Thread-safe: two people
/// may browse at once.
/// </summary>
public sealed class PageAudit(BrowserSiteFixture fixture)
{
    private const string FailedToLoad = "Failed to load resource: the server responded with a status of 4";

    private static readonly string[] FailingImpacts = ["serious", "critical"];

    private readonly Lock _lock = new();
    private readonly List<string> _violations = [];
    private readonly List<string> _serverErrors = [];
    private readonly List<(string Location, string Description)> _consoleErrors = [];
    private readonly HashSet<string> _clientErrorPages = new(StringComparer.Ordinal);
    private readonly List<string> _pages = [];

    /// <summary>On the first visit of <paramref name="pageName"/> in the run: runs axe on the page as it is now and photographs it at both widths.</summary>
    public async Task CheckAsync(IPage page, string pageName)
    {
        ArgumentNullException.ThrowIfNull(page);
        if (!fixture.ClaimPageCheck(pageName))
        {
            return;
        }

        await page.WaitForLoadStateAsync(LoadState.Load);
        await RunAxeAsync(page, pageName);
        await ScreenshotAsync(page, pageName, Viewports.Desktop.Width);
        await page.SetViewportSizeAsync(Viewports.Phone.Width, Viewports.Phone.Height);
        try
        {
            await ScreenshotAsync(page, pageName, Viewports.Phone.Width);
        }
        finally
        {
            await page.SetViewportSizeAsync(Viewports.Desktop.Width, Viewports.Desktop.Height);
        }
    }

    public void RecordServerError(string description)
    {
        lock (_lock)
        {
            _serverErrors.Add(description);
        }
    }

    /// <summary>A console error or uncaught page error, with the URL of the document or resource it is about.</summary>
    public void RecordConsoleError(string location, string description)
    {
        lock (_lock)
        {
            _consoleErrors.Add((location, description));
        }
    }

    /// <summary>
    /// A page the site answered with a 4xx on purpose (an unknown address, a form sent back with its errors): the
    /// browser logs "Failed to load resource" for such a document, which is the status doing its job, not a fault.
    /// </summary>
    public void RecordClientErrorPage(string url)
    {
        lock (_lock)
        {
            _clientErrorPages.Add(url);
        }
    }

    /// <summary>
    /// Fails the test on any 5xx answer, any browser console error or uncaught page error, and any serious or
    /// critical axe violation seen so far.
    /// </summary>
    public void ShouldHaveFoundNoProblems()
    {
        string[] violations, serverErrors, consoleErrors, pages;
        lock (_lock)
        {
            violations = [.. _violations];
            serverErrors = [.. _serverErrors];
            consoleErrors = [.. _consoleErrors
                .Where(e => !(_clientErrorPages.Contains(e.Location) && e.Description.Contains(FailedToLoad, StringComparison.Ordinal)))
                .Select(e => e.Description)];
            pages = [.. _pages];
        }

        serverErrors.Should().BeEmpty("the site should not answer 5xx to a browser");
        consoleErrors.Should().BeEmpty("no page should log a console error or throw");
        violations.Should().BeEmpty(
            "axe should find no serious or critical violations on the pages this test checked first ({0}); found:{1}{2}",
            string.Join(", ", pages),
            Environment.NewLine,
            string.Join(Environment.NewLine, violations));
    }

    private static string Describe(AxeResultItem violation)
    {
        var targets = violation.Nodes.Select(n => n.Target?.ToString() ?? "(no target)");
        return $"{violation.Id} ({violation.Impact}): {violation.Help} -> {string.Join(" | ", targets)}";
    }

    private async Task RunAxeAsync(IPage page, string pageName)
    {
        // Only violations come back with their nodes: the passes of a 50-track page are a large payload to no purpose.
        var result = await page.RunAxe(new AxeRunOptions { ResultTypes = [ResultType.Violations] });
        var found = result.Violations
            .Where(v => FailingImpacts.Contains(v.Impact, StringComparer.OrdinalIgnoreCase))
            .Select(v => $"  {pageName} ({new Uri(page.Url).PathAndQuery}): {Describe(v)}")
            .ToArray();
        lock (_lock)
        {
            _pages.Add(pageName);
            _violations.AddRange(found);
        }
    }

    private async Task ScreenshotAsync(IPage page, string pageName, int width) =>
        await page.ScreenshotAsync(new PageScreenshotOptions
        {
            Path = Path.Combine(fixture.ScreenshotDirectory, $"{pageName}-{width}.png"),
            FullPage = true,
        });
}
