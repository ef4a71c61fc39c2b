using System.Net;
using CleanSpotify.Web.FunctionalTests.Support;

namespace CleanSpotify.Web.FunctionalTests;

/// <summary><c>POST /account/delete</c> is a password attempt: it shares the sign-in limit per client address.</summary>
public sealed class DeleteAccountRateLimitTests(LowSignInLimitFactory factory) : IClassFixture<LowSignInLimitFactory>
{
    [Fact]
    public async Task Delete_MorePasswordAttemptsThanTheSignInLimit_Answers429AndDeletesNothing()
    {
        using var session = await factory.SignedUpSessionAsync("limited");
        var userId = await TestDatabase.UserIdAsync(factory, session.Email!);
        for (var attempt = 1; attempt <= 2; attempt++)
        {
            (await session.SubmitFormAsync("/spotify", "/account/delete", new Dictionary<string, string?> { ["Password"] = $"wrong-password-{attempt}" }))
                .StatusCode.Should().Be(HttpStatusCode.BadRequest);
        }

        var limited = await session.SubmitFormAsync("/spotify", "/account/delete", new Dictionary<string, string?> { ["Password"] = TestEmails.Password });

        limited.StatusCode.Should().Be(HttpStatusCode.TooManyRequests);
        (await HtmlPage.ParseAsync(limited, TestContext.Current.CancellationToken)).Text.Should().Contain("Too many attempts");
        (await TestDatabase.UserIdAsync(factory, session.Email!)).Should().Be(userId);
    }
}
