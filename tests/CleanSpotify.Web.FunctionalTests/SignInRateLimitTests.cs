using System.Net;
using CleanSpotify.Web.FunctionalTests.Support;
using Microsoft.AspNetCore.Hosting;

namespace CleanSpotify.Web.FunctionalTests;

/// <summary>A site with a low sign-in limit, so the limit is reached within one test.</summary>
public sealed class LowSignInLimitFactory : CleanSpotifyWebApplicationFactory
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("SignIn:PermitsPerMinute", "3");
    }
}

/// <summary>Sign-in attempts are limited per client address, on top of Identity's per-account lockout.</summary>
public sealed class SignInRateLimitTests(LowSignInLimitFactory factory) : IClassFixture<LowSignInLimitFactory>
{
    [Fact]
    public async Task Login_MoreAttemptsThanThePerMinuteLimit_Answers429WithAClearMessage()
    {
        using var session = factory.NewSession();
        var email = TestEmails.Unique("limited");
        (await session.RegisterAsync(email)).StatusCode.Should().Be(HttpStatusCode.Redirect);
        await session.LogoutAsync();

        (await session.LoginAsync(email, "wrong-password-1")).StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await session.LoginAsync(email, "wrong-password-2")).StatusCode.Should().Be(HttpStatusCode.BadRequest);
        var limited = await session.LoginAsync(email, TestEmails.Password);

        limited.StatusCode.Should().Be(HttpStatusCode.TooManyRequests);
        var page = await HtmlPage.ParseAsync(limited, TestContext.Current.CancellationToken);
        page.Text.Should().Contain("Too many attempts");
    }
}
