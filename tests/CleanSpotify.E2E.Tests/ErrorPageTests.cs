using CleanSpotify.E2E.Tests.Support;
using static Microsoft.Playwright.Assertions;

namespace CleanSpotify.E2E.Tests;

/// <summary>The friendly error page a person sees for an address that does not exist.</summary>
[Collection(BrowserCollectionDefinition.Name)]
public sealed class ErrorPageTests(BrowserSiteFixture site)
{
    [Fact]
    public async Task UnknownAddress_ShowsPageNotFoundWithAWayHome()
    {
        var audit = new PageAudit(site);
        await using var visitor = await site.NewVisitorAsync(audit);

        var response = await visitor.OpenAsync("/no-such-page");

        response.Should().NotBeNull();
        response!.Status.Should().Be(404);
        await Expect(visitor.Heading("Page not found")).ToBeVisibleAsync();
        await Expect(visitor.Main.GetByText("There is no page at this address.", new() { Exact = false })).ToBeVisibleAsync();
        await visitor.AuditAsync("not-found");
        await visitor.Main.GetByRole(Microsoft.Playwright.AriaRole.Link, new() { Name = "Home", Exact = true }).ClickAsync();
        await Expect(visitor.Page).ToHaveURLAsync(visitor.Url("/"));

        audit.ShouldHaveFoundNoProblems();
    }
}
