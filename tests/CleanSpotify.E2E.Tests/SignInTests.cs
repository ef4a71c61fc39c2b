using System.Text.RegularExpressions;
using CleanSpotify.E2E.Tests.Support;
using static Microsoft.Playwright.Assertions;

namespace CleanSpotify.E2E.Tests;

/// <summary>Signing out, being sent to sign in, and signing in again into the same account and link.</summary>
[Collection(BrowserCollectionDefinition.Name)]
public sealed class SignInTests(BrowserSiteFixture site)
{
    [Fact]
    public async Task SignIn_AfterSigningOut_ReturnsToTheRequestedPageWithTheSameLink()
    {
        var audit = new PageAudit(site);
        var listener = Listener.SamRivera;
        await using var sam = await site.NewVisitorAsync(audit);
        await sam.SignUpAsync("sam");
        await sam.LinkAsAsync(listener);
        await Expect(sam.Main.GetByText(new Regex("Spotify has no top tracks for you"))).ToBeVisibleAsync();
        await sam.AuditAsync("top-tracks-empty");

        await sam.SignOutAsync();
        await Expect(sam.Heading("Your listening, clearly.")).ToBeVisibleAsync();
        await sam.AuditAsync("home");

        await sam.OpenAsync("/top/tracks");
        await Expect(sam.Page).ToHaveURLAsync(new Regex("/account/login\\?ReturnUrl=%2Ftop%2Ftracks$", RegexOptions.IgnoreCase));
        await Expect(sam.Heading("Sign in")).ToBeVisibleAsync();
        await sam.AuditAsync("login");

        await sam.SubmitSignInAsync(sam.Email, "not-the-password-1");
        await Expect(sam.Page.GetByText("The e-mail address or password is not right.")).ToBeVisibleAsync();
        await Expect(sam.SignOutButton).ToHaveCountAsync(0);
        await sam.AuditAsync("login-failed");

        await sam.SubmitSignInAsync(sam.Email, SiteVisitor.Password);
        await Expect(sam.Page).ToHaveURLAsync(sam.Url("/top/tracks"));
        await Expect(sam.SignOutButton).ToBeVisibleAsync();
        await Expect(sam.Main.GetByText(new Regex("Spotify has no top tracks for you"))).ToBeVisibleAsync();

        await sam.OpenAccountPageAsync("account");
        await Expect(sam.Main.GetByText("Linked", new() { Exact = true })).ToBeVisibleAsync();
        await Expect(sam.Main.GetByText(listener.DisplayName, new() { Exact = true }).First).ToBeVisibleAsync();

        audit.ShouldHaveFoundNoProblems();
    }
}
