using System.Globalization;
using System.Text.RegularExpressions;
using CleanSpotify.E2E.Tests.Support;
using static Microsoft.Playwright.Assertions;

namespace CleanSpotify.E2E.Tests;

/// <summary>
/// Importing a data export in Chromium: download the listener's extended streaming history from the sandbox's admin
/// page, upload it on <c>/history/import</c>, and watch the self-refreshing status page until the import is done.
/// </summary>
[Collection(BrowserCollectionDefinition.Name)]
public sealed class ImportDataExportTests(BrowserSiteFixture site)
{
    [Fact]
    public async Task Import_SandboxExport_UploadsAndTheStatusPageRefreshesUntilDone()
    {
        var audit = new PageAudit(site);
        var listener = Listener.NinaHollis;
        await using var nina = await site.NewVisitorAsync(audit);
        var page = nina.Page;

        // No Spotify link is needed to import (and linking would hold this listener's Spotify account for the whole run).
        await nina.SignUpAsync("importer");

        await page.GotoAsync(new Uri(site.Sandbox.BaseAddress, "/sandbox").AbsoluteUri);
        var download = await page.RunAndWaitForDownloadAsync(() =>
            page.Locator($"a[data-export=extended][data-listener='{listener.Key}']").ClickAsync());
        download.SuggestedFilename.Should().Be("my_spotify_data.zip");
        var zip = Path.Combine(Path.GetTempPath(), $"cleanspotify-e2e-export-{Guid.NewGuid():N}.zip");
        await download.SaveAsAsync(zip);

        try
        {
            await nina.OpenAsync("/history/import");
            await Expect(nina.Heading("Import your Spotify data export")).ToBeVisibleAsync();
            await nina.AuditAsync("history-import");
            await page.Locator("input[type=file][name=files]").SetInputFilesAsync(zip);
            await nina.Button("Import").ClickAsync();

            await Expect(page).ToHaveURLAsync(new Regex("/history/import/[0-9a-f-]{36}$"));
            await Expect(page.GetByTestId("import-state")).ToHaveTextAsync("done", new() { Timeout = 60_000 });
            await Expect(page.GetByTestId("import-progress")).ToHaveAttributeAsync("value", "100");
            var added = long.Parse(await page.GetByTestId("import-added").InnerTextAsync(), CultureInfo.InvariantCulture);
            added.Should().BeGreaterThan(1000, "three years of plays were in the export");
            await Expect(page.GetByTestId("import-period")).ToHaveTextAsync(new Regex(@"^\d{4}-\d{2}-\d{2} to \d{4}-\d{2}-\d{2}$"));
            await Expect(page.Locator("meta[http-equiv=refresh]")).ToHaveCountAsync(0);
            await nina.AuditAsync("history-import-status");
        }
        finally
        {
            File.Delete(zip);
        }

        audit.ShouldHaveFoundNoProblems();
    }
}
