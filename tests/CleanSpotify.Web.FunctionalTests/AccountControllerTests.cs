using System.Net;
using CleanSpotify.Web.FunctionalTests.Support;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace CleanSpotify.Web.FunctionalTests;

public sealed class AccountControllerTests(CleanSpotifyWebApplicationFactory factory) : IClassFixture<CleanSpotifyWebApplicationFactory>
{
    [Fact]
    public async Task Register_ValidForm_RedirectsHomeSignedIn()
    {
        using var session = factory.NewSession();
        var email = TestEmails.Unique("register");

        var response = await session.RegisterAsync(email);

        response.StatusCode.Should().Be(HttpStatusCode.Redirect);
        response.LocationText().Should().Be("/");
        (await UserExistsAsync(email)).Should().BeTrue();
        var home = await session.GetPageAsync("/");
        home.Form("/account/logout").Should().NotBeNull("the new user should be signed in");
        home.Form("/spotify/link").Should().NotBeNull();
    }

    [Theory]
    [InlineData("not-an-email", TestEmails.Password, TestEmails.Password, "Email", "Enter a valid e-mail address.")]
    [InlineData(null, "too-short", "too-short", "Password", "The password must be 12 to 128 characters long.")]
    [InlineData(null, "eleven-char", "eleven-char", "Password", "The password must be 12 to 128 characters long.")]
    [InlineData(null, TestEmails.Password, "something-else-entirely", "ConfirmPassword", "The two passwords do not match.")]
    public async Task Register_InvalidForm_Returns400WithTheMessageNextToItsFieldAndCreatesNothing(
        string? email, string password, string confirm, string field, string message)
    {
        using var session = factory.NewSession();
        email ??= TestEmails.Unique("invalid");

        var page = await HtmlPage.ParseAsync(await session.RegisterAsync(email, password, confirm), TestContext.Current.CancellationToken);

        page.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        FieldMessage(page, "/account/register", field).Should().Be(message);
        page.Form("/account/register")!.QuerySelector("input[name=Email]")!.GetAttribute("value").Should().Be(email, "the entered address is kept");
        (await UserExistsAsync(email)).Should().BeFalse();
        (await session.GetAsync("/top/tracks")).StatusCode.Should().Be(HttpStatusCode.Redirect, "nobody was signed in");
    }

    [Fact]
    public async Task Register_PasswordOfExactlyTwelveCharacters_CreatesTheAccount()
    {
        using var session = factory.NewSession();
        var email = TestEmails.Unique("twelve");

        var response = await session.RegisterAsync(email, "twelve-chars");

        response.StatusCode.Should().Be(HttpStatusCode.Redirect);
        (await UserExistsAsync(email)).Should().BeTrue();
    }

    [Fact]
    public async Task CreateUser_ElevenCharacterPasswordPastTheForm_IsRefusedByIdentity()
    {
        using var scope = factory.Services.CreateScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<IdentityUser>>();
        var email = TestEmails.Unique("identity-rule");

        var created = await users.CreateAsync(new IdentityUser { UserName = email, Email = email }, "eleven-char");

        created.Succeeded.Should().BeFalse();
        created.Errors.Select(e => e.Code).Should().Contain("PasswordTooShort");
    }

    [Fact]
    public async Task Register_DuplicateEmail_Returns400AndKeepsOneAccount()
    {
        var email = TestEmails.Unique("duplicate");
        using (var first = factory.NewSession())
        {
            (await first.RegisterAsync(email)).StatusCode.Should().Be(HttpStatusCode.Redirect);
        }

        using var second = factory.NewSession();
        var page = await HtmlPage.ParseAsync(await second.RegisterAsync(email, "another-password-123"), TestContext.Current.CancellationToken);

        page.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        page.Text.Should().Contain("An account with this e-mail address already exists");
        using var scope = factory.Services.CreateScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<IdentityUser>>();
        users.Users.Count(u => u.Email == email).Should().Be(1);
    }

    [Fact]
    public async Task Login_MissingPassword_Returns400WithTheMessageNextToThePasswordAndKeepsTheAddress()
    {
        using var session = factory.NewSession();
        var email = TestEmails.Unique("no-password");

        var page = await HtmlPage.ParseAsync(await session.LoginAsync(email, string.Empty), TestContext.Current.CancellationToken);

        page.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        FieldMessage(page, "/account/login", "Password").Should().Be("Enter your password.");
        FieldMessage(page, "/account/login", "Email").Should().BeEmpty();
        page.Form("/account/login")!.QuerySelector("input[name=Email]")!.GetAttribute("value").Should().Be(email);
    }

    [Fact]
    public async Task Login_WrongPassword_Returns400WithMessage()
    {
        var email = await RegisteredEmailAsync();
        using var session = factory.NewSession();

        var page = await HtmlPage.ParseAsync(await session.LoginAsync(email, "wrong-password-123"), TestContext.Current.CancellationToken);

        page.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        page.Text.Should().Contain("The e-mail address or password is not right.");
        (await session.GetAsync("/top/tracks")).StatusCode.Should().Be(HttpStatusCode.Redirect, "a failed sign-in signs nobody in");
    }

    [Fact]
    public async Task Login_FiveWrongPasswords_LocksTheAccountEvenForTheRightPassword()
    {
        var email = await RegisteredEmailAsync();
        using var session = factory.NewSession();
        for (var attempt = 1; attempt <= 4; attempt++)
        {
            (await session.LoginAsync(email, "wrong-password-123")).StatusCode.Should().Be(HttpStatusCode.BadRequest);
        }

        var fifth = await HtmlPage.ParseAsync(await session.LoginAsync(email, "wrong-password-123"), TestContext.Current.CancellationToken);
        var right = await HtmlPage.ParseAsync(await session.LoginAsync(email, TestEmails.Password), TestContext.Current.CancellationToken);

        fifth.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        fifth.Text.Should().Contain("Too many failed attempts");
        right.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        right.Text.Should().Contain("Too many failed attempts");
        (await session.GetAsync("/top/tracks")).StatusCode.Should().Be(HttpStatusCode.Redirect, "a locked account signs nobody in");
    }

    [Fact]
    public async Task Login_WithLocalReturnUrl_RedirectsThere()
    {
        var email = await RegisteredEmailAsync();
        using var session = factory.NewSession();

        var response = await session.LoginAsync(email, TestEmails.Password, "/top/tracks");

        response.StatusCode.Should().Be(HttpStatusCode.Redirect);
        response.LocationText().Should().Be("/top/tracks");
    }

    [Theory]
    [InlineData("https://evil.example")]
    [InlineData("//evil.example/top/tracks")]
    [InlineData("/\\evil.example")]
    public async Task Login_WithForeignReturnUrl_RedirectsHome(string returnUrl)
    {
        var email = await RegisteredEmailAsync();
        using var session = factory.NewSession();

        var response = await session.LoginAsync(email, TestEmails.Password, returnUrl);

        response.StatusCode.Should().Be(HttpStatusCode.Redirect);
        response.LocationText().Should().Be("/");
    }

    [Fact]
    public async Task Logout_SignedIn_SignsOut()
    {
        using var session = await factory.SignedUpSessionAsync("logout");

        var response = await session.LogoutAsync();

        response.StatusCode.Should().Be(HttpStatusCode.Redirect);
        response.LocationText().Should().Be("/");
        var home = await session.GetPageAsync("/");
        home.Form("/account/logout").Should().BeNull();
        home.FindAll("a[href='/account/login']").Should().NotBeEmpty();
        (await session.GetAsync("/top/tracks")).LocationText().Should().StartWith("/account/login");
    }

    private async Task<string> RegisteredEmailAsync()
    {
        using var session = factory.NewSession();
        var email = TestEmails.Unique("login");
        (await session.RegisterAsync(email)).StatusCode.Should().Be(HttpStatusCode.Redirect);
        return email;
    }

    private async Task<bool> UserExistsAsync(string email)
    {
        using var scope = factory.Services.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<UserManager<IdentityUser>>().FindByEmailAsync(email) is not null;
    }

    /// <summary>The message shown next to a field, which the field names in <c>aria-describedby</c>.</summary>
    private static string FieldMessage(HtmlPage page, string formAction, string field)
    {
        var form = page.Form(formAction)!;
        var message = form.QuerySelector($"[data-valmsg-for={field}]")!;
        form.QuerySelector($"input[name={field}]")!.GetAttribute("aria-describedby").Should().Be(message.Id);
        return message.TextContent;
    }
}
