using CleanSpotify.Web.FunctionalTests.Support;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace CleanSpotify.Web.FunctionalTests;

/// <summary>
/// The sign-in cookie is checked against the user's security stamp as Identity decides (once 30 minutes have passed
/// since it was issued), although the site only asks Identity once a check is due.
/// </summary>
public sealed class SecurityStampTests(FakeClockFactory factory) : IClassFixture<FakeClockFactory>
{
    [Fact]
    public async Task ChangedStamp_KeepsTheSessionUntilTheIntervalPasses_ThenSignsItOut()
    {
        using var session = await factory.SignedUpSessionAsync("stamp");
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<IdentityUser>>();
            var user = await users.FindByEmailAsync(session.Email!);
            (await users.UpdateSecurityStampAsync(user!)).Succeeded.Should().BeTrue();
        }

        factory.Clock.Advance(TimeSpan.FromMinutes(29));
        (await session.GetPageAsync("/")).Form("/account/logout").Should().NotBeNull("the stamp is not checked before 30 minutes");

        factory.Clock.Advance(TimeSpan.FromMinutes(2));
        (await session.GetPageAsync("/")).Form("/account/logout").Should().BeNull("the changed stamp signs the old cookie out");
        (await session.GetPageAsync("/")).Form("/account/logout").Should().BeNull("the cookie was removed");
    }

    [Fact]
    public async Task UnchangedStamp_PastTheInterval_KeepsTheSessionSignedIn()
    {
        using var session = await factory.SignedUpSessionAsync("stamp-kept");

        factory.Clock.Advance(TimeSpan.FromMinutes(31));

        (await session.GetPageAsync("/")).Form("/account/logout").Should().NotBeNull();
        (await session.GetPageAsync("/")).Form("/account/logout").Should().NotBeNull("the renewed cookie keeps the session");
    }
}
