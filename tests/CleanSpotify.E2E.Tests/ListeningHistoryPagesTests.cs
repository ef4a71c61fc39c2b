using System.Text.RegularExpressions;
using CleanSpotify.E2E.Tests.Support;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace CleanSpotify.E2E.Tests;

/// <summary>History and stats in Chromium, on plays stored as the collector would store them.</summary>
[Collection(BrowserCollectionDefinition.Name)]
public sealed class ListeningHistoryPagesTests(BrowserSiteFixture site)
{
    [Fact]
    public async Task HistoryAndStats_WithStoredPlays_RenderChartsWithTextAlternativesAndPassAxe()
    {
        var audit = new PageAudit(site);
        await using var ada = await site.NewVisitorAsync(audit);
        var page = ada.Page;
        await ada.OpenAsync("/account/register");
        await ada.SignUpAsync("ada");

        await ada.NavLink("History").ClickAsync();
        await Expect(page).ToHaveURLAsync(ada.Url("/history"));
        await Expect(ada.Main.GetByText(new Regex("No plays yet"))).ToBeVisibleAsync();
        await ada.AuditAsync("history-empty");

        var names = await site.StoreSandboxRecentPlaysAsync(Listener.JaylenBrooks, ada.Email);
        await ada.OpenAsync("/history");
        await Expect(ada.Heading("Listening history")).ToBeVisibleAsync();
        await Expect(page.GetByTestId("history-play")).ToHaveCountAsync(names.Count);
        await Expect(page.GetByTestId("history-play").First.Locator(".track-name")).ToHaveTextAsync(names[0]);
        await Expect(page.GetByTestId("history-play").First.Locator(".track-duration")).ToContainTextAsync("≈");
        await ada.ExpectImagesLoadedAsync();
        await ada.AuditAsync("history");

        await ada.NavLink("Stats").ClickAsync();
        await Expect(page).ToHaveURLAsync(ada.Url("/stats"));
        await Expect(ada.Heading(new Regex("Listening stats.*All time"))).ToBeVisibleAsync();
        await Expect(page.GetByTestId("total-plays")).ToHaveTextAsync(names.Count.ToString(System.Globalization.CultureInfo.InvariantCulture));
        var chart = page.GetByRole(AriaRole.Img, new() { Name = "Time listened per day" });
        await Expect(chart).ToBeVisibleAsync();
        await Expect(chart).ToHaveAccessibleDescriptionAsync(new Regex("The busiest day was"));
        var heatMap = page.GetByRole(AriaRole.Img, new() { Name = "Time listened by weekday and hour" });
        await Expect(heatMap).ToBeVisibleAsync();
        await Expect(heatMap.Locator("rect.heat-cell")).ToHaveCountAsync(7 * 24);
        await page.GetByText("Time listened per day as a table").ClickAsync();
        await Expect(page.GetByTestId("bar-chart-table")).ToBeVisibleAsync();
        await page.GetByText("Time listened by weekday and hour as a table").ClickAsync();
        await Expect(page.GetByTestId("heat-map-table").GetByRole(AriaRole.Row)).ToHaveCountAsync(8);
        await Expect(page.GetByTestId("top-tracks-streams").GetByRole(AriaRole.Listitem).First).ToBeVisibleAsync();
        await Expect(page.GetByTestId("sessions").GetByRole(AriaRole.Row).Nth(1)).ToBeVisibleAsync();
        await ada.AuditAsync("stats");

        await ada.Link("This week").ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex("/stats\\?from=\\d{4}-\\d{2}-\\d{2}&to=\\d{4}-\\d{2}-\\d{2}$"));
        await Expect(ada.Link("This week")).ToHaveAttributeAsync("aria-current", "page");

        await ada.OpenAccountPageAsync("account-time-zone");
        await page.GetByLabel("Your time zone").SelectOptionAsync("Europe/Berlin");
        await ada.Button("Save time zone").ClickAsync();
        await Expect(page.GetByText("Time zone set to Europe/Berlin.")).ToBeVisibleAsync();
        await ada.OpenAsync("/history");
        await Expect(ada.Main.GetByText("Times in Europe/Berlin")).ToBeVisibleAsync();

        audit.ShouldHaveFoundNoProblems();
    }
}
