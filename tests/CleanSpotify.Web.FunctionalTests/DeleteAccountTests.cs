using System.Net;
using System.Security.Claims;
using CleanSpotify.Web.FunctionalTests.Support;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace CleanSpotify.Web.FunctionalTests;

/// <summary>
/// <c>POST /account/delete</c> from the account page: with the right password, every row that mentions the user goes
/// (checked on a dump of every table), the user is signed out and their Spotify account is free; otherwise 400 and
/// nothing changes.
/// </summary>
public sealed class DeleteAccountTests(CleanSpotifyWebApplicationFactory factory) : IClassFixture<CleanSpotifyWebApplicationFactory>
{
    [Fact]
    public async Task Delete_WithPassword_RemovesEveryRowMentioningTheUserSignsOutAndFreesTheSpotifyAccount()
    {
        using var session = await factory.SignedUpSessionAsync("leaving");
        await session.LinkSuccessfullyAsAsync(Listeners.IndieElectronic);
        await session.SavePlaylistOfPageAsync();
        (await session.GetAsync("/spotify")).StatusCode.Should().Be(HttpStatusCode.OK);
        (await session.PostLinkFormAsync()).StatusCode.Should().Be(HttpStatusCode.Redirect, "a link attempt is left waiting");
        var email = session.Email!;
        var userId = await TestDatabase.UserIdAsync(factory, email);
        await AddIdentityRowsAsync(userId);
        (await StoredRows.MentioningAsync(factory, userId, email)).Select(r => r.Split(':')[0]).Distinct().Should().BeEquivalentTo(
            "AspNetUsers", "AspNetUserClaims", "AspNetUserLogins", "AspNetUserTokens",
            "SpotifyLinks", "PendingAuthorizations", "RankSnapshots", "PlaylistExports");

        var response = await session.SubmitFormAsync("/spotify", "/account/delete", new Dictionary<string, string?> { ["Password"] = TestEmails.Password });

        response.StatusCode.Should().Be(HttpStatusCode.Redirect);
        response.LocationText().Should().Be("/");
        (await session.GetPageAsync("/")).Text.Should()
            .Contain("Your account and everything stored for it were deleted, and your Spotify account was unlinked.");
        (await StoredRows.MentioningAsync(factory, userId, email)).Should().BeEmpty();
        (await session.GetAsync("/spotify")).LocationText().Should().StartWith("/account/login", "the user is signed out");
        (await session.LoginAsync(email, TestEmails.Password)).StatusCode.Should().Be(HttpStatusCode.BadRequest, "the account is gone");

        using var next = await factory.SignedUpSessionAsync("next");
        await next.LinkSuccessfullyAsAsync(Listeners.IndieElectronic);
        (await next.GetPageAsync("/top/tracks?range=short_term")).FindAll("li.track").Should().NotBeEmpty();
    }

    [Fact]
    public async Task Delete_NeverLinkedUser_FindsTheSectionsOnTheAccountPageAndIsDeleted()
    {
        using var session = await factory.SignedUpSessionAsync("unlinked");
        var email = session.Email!;
        var userId = await TestDatabase.UserIdAsync(factory, email);

        var page = await session.GetPageAsync("/spotify");

        page.Find("[data-testid=your-data]").Should().NotBeNull();
        page.Find("[data-testid=download-data]")!.GetAttribute("href").Should().Be("/account/data");
        page.Form("/account/delete")!.QuerySelector("input[name=Password][type=password]").Should().NotBeNull();
        var response = await session.SubmitFormAsync(page.Form("/account/delete")!, new Dictionary<string, string?> { ["Password"] = TestEmails.Password });
        response.StatusCode.Should().Be(HttpStatusCode.Redirect);
        (await StoredRows.MentioningAsync(factory, userId, email)).Should().BeEmpty();
    }

    [Theory]
    [InlineData("not-my-password-at-all", "That password is not right.", "That password is not right, so nothing was deleted.")]
    [InlineData("", "Enter your password to delete your account. Nothing was deleted.", "")]
    [InlineData(null, "Enter your password to delete your account. Nothing was deleted.", "")]
    public async Task Delete_WrongOrMissingPassword_Returns400WithTheMessageNextToThePasswordAndDeletesNothing(string? password, string fieldMessage, string summary)
    {
        using var session = await factory.SignedUpSessionAsync("staying");
        await session.LinkSuccessfullyAsAsync(Listeners.ClassicalFilm);
        (await session.GetAsync("/top/tracks?range=short_term")).StatusCode.Should().Be(HttpStatusCode.OK);
        var userId = await TestDatabase.UserIdAsync(factory, session.Email!);
        var countsBefore = await StoredRows.CountsAsync(factory);
        var mentionsBefore = (await StoredRows.MentioningAsync(factory, userId)).Count;

        var response = await session.SubmitFormAsync("/spotify", "/account/delete", new Dictionary<string, string?> { ["Password"] = password });

        var page = await HtmlPage.ParseAsync(response, TestContext.Current.CancellationToken);
        page.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        page.Find("[data-testid=link-health]")!.TextContent.Should().Be("Linked", "the account page is shown again");
        var message = page.Form("/account/delete")!.QuerySelector("[data-valmsg-for=Password]")!;
        message.TextContent.Should().Be(fieldMessage);
        page.Find("#delete-password")!.GetAttribute("aria-describedby").Should().Be(message.Id);
        (page.Find("[data-testid=delete-account-summary]")?.TextContent.Trim() ?? string.Empty).Should().Be(summary, "MVC leaves out an empty summary");
        (await StoredRows.CountsAsync(factory)).Should().BeEquivalentTo(countsBefore);
        (await StoredRows.MentioningAsync(factory, userId)).Should().HaveCount(mentionsBefore);
        (await session.GetPageAsync("/spotify")).Find("[data-testid=link-health]")!.TextContent.Should().Be("Linked");
        (await session.SubmitFormAsync("/spotify", "/spotify/unlink")).StatusCode.Should().Be(HttpStatusCode.Redirect, "the next case links the same listener");
    }

    [Fact]
    public async Task Delete_WrongPasswordFiveTimes_LocksTheAccountAndStillDeletesNothing()
    {
        using var session = await factory.SignedUpSessionAsync("guessed");
        var userId = await TestDatabase.UserIdAsync(factory, session.Email!);
        for (var attempt = 0; attempt < 5; attempt++)
        {
            (await session.SubmitFormAsync("/spotify", "/account/delete", new Dictionary<string, string?> { ["Password"] = $"guess-number-{attempt}" }))
                .StatusCode.Should().Be(HttpStatusCode.BadRequest);
        }

        var locked = await HtmlPage.ParseAsync(
            await session.SubmitFormAsync("/spotify", "/account/delete", new Dictionary<string, string?> { ["Password"] = TestEmails.Password }),
            TestContext.Current.CancellationToken);

        locked.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        locked.Find("[data-testid=delete-account-summary]")!.TextContent.Should().Contain("locked");
        (await TestDatabase.UserIdAsync(factory, session.Email!)).Should().Be(userId);
    }

    [Fact]
    public async Task Delete_SignedInElsewhereToo_TheOtherBrowserIsAskedToSignInWithoutAnError()
    {
        using var session = await factory.SignedUpSessionAsync("twice");
        using var elsewhere = factory.NewSession();
        (await elsewhere.LoginAsync(session.Email!, TestEmails.Password)).StatusCode.Should().Be(HttpStatusCode.Redirect);
        var linkForm = (await elsewhere.GetPageAsync("/spotify")).Form("/spotify/link")!;
        var userId = await TestDatabase.UserIdAsync(factory, session.Email!);

        (await session.SubmitFormAsync("/spotify", "/account/delete", new Dictionary<string, string?> { ["Password"] = TestEmails.Password }))
            .StatusCode.Should().Be(HttpStatusCode.Redirect);

        foreach (var response in new[] { await elsewhere.SubmitFormAsync(linkForm), await elsewhere.GetAsync("/account/data") })
        {
            var page = await HtmlPage.ParseAsync(response, TestContext.Current.CancellationToken);
            page.StatusCode.Should().Be(HttpStatusCode.Unauthorized);
            page.Find("[data-testid=problem-message]")!.TextContent.Should().Be("Please sign in to continue.");
        }

        (await elsewhere.GetPageAsync("/spotify")).Find("[data-testid=link-health]")!.TextContent.Should().Be("Not linked");
        (await TestDatabase.CountForUserAsync(factory, "PendingAuthorizations", userId)).Should().Be(0);
    }

    [Fact]
    public async Task Delete_WithoutAntiforgeryToken_IsRejectedAndDeletesNothing()
    {
        using var session = await factory.SignedUpSessionAsync("forged");
        using var content = new FormUrlEncodedContent(new Dictionary<string, string> { ["Password"] = TestEmails.Password });

        var response = await session.Client.PostAsync(new Uri("/account/delete", UriKind.Relative), content, TestContext.Current.CancellationToken);

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await TestDatabase.UserIdAsync(factory, session.Email!)).Should().NotBeEmpty();
    }

    /// <summary>A claim, an external login and an authentication token, so that every Identity table holds a row of the user.</summary>
    private async Task AddIdentityRowsAsync(string userId)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<IdentityUser>>();
        var user = await users.FindByIdAsync(userId) ?? throw new InvalidOperationException("The user is missing.");
        (await users.AddClaimAsync(user, new Claim("test-claim", "claim-value"))).Succeeded.Should().BeTrue();
        (await users.AddLoginAsync(user, new UserLoginInfo("test-provider", $"provider-key-{Guid.NewGuid():N}", "Test"))).Succeeded.Should().BeTrue();
        (await users.SetAuthenticationTokenAsync(user, "test-provider", "test-token", "token-value")).Succeeded.Should().BeTrue();
    }
}
