using System.Net;
using CleanSpotify.Web.FunctionalTests.Support;

namespace CleanSpotify.Web.FunctionalTests;

/// <summary>
/// Started links are bounded: at most five waiting per user (the newest), and every user's expired ones go when any
/// link starts. The per-user action limit is lifted here so that 30 posts get through (it is tested on its own).
/// </summary>
public sealed class PendingLinkAttemptsTests(ManyActionsFactory factory) : IClassFixture<ManyActionsFactory>
{
    private const int MaxPerUser = 5;

    [Fact]
    public async Task Link_ThirtyAttempts_KeepsTheFiveNewestAndOnlyThoseComplete()
    {
        using var session = await factory.SignedUpSessionAsync("retry");
        var userId = await TestDatabase.UserIdAsync(factory, session.Email!);
        var attempts = new List<Uri>();
        for (var attempt = 0; attempt < 30; attempt++)
        {
            factory.Clock.Advance(TimeSpan.FromSeconds(1));
            attempts.Add(await session.BeginLinkAsync());
        }

        (await TestDatabase.CountForUserAsync(factory, "PendingAuthorizations", userId)).Should().Be(MaxPerUser);

        foreach (var evicted in new[] { attempts[0], attempts[^(MaxPerUser + 1)] })
        {
            var page = await HtmlPage.ParseAsync(
                await session.CallbackAsync(await session.ConsentAsync(evicted, Listeners.Newcomer)), TestContext.Current.CancellationToken);
            page.StatusCode.Should().Be(HttpStatusCode.BadRequest);
            page.Find("[data-testid=problem-message]")!.TextContent.Should().Contain("Please start linking again");
            page.Form("/spotify/link").Should().NotBeNull("the page offers to start again");
        }

        var newest = await session.CallbackAsync(await session.ConsentAsync(attempts[^1], Listeners.Newcomer));

        newest.StatusCode.Should().Be(HttpStatusCode.Redirect);
        newest.LocationText().Should().Be("/top/tracks");
        (await TestDatabase.CountForUserAsync(factory, "SpotifyLinks", userId)).Should().Be(1);
        (await TestDatabase.CountForUserAsync(factory, "PendingAuthorizations", userId)).Should().Be(MaxPerUser - 1);
    }

    [Fact]
    public async Task Link_AfterOtherAttemptsExpired_DeletesEveryUsersExpiredRows()
    {
        using var first = await factory.SignedUpSessionAsync("early");
        using var second = await factory.SignedUpSessionAsync("later");
        var firstId = await TestDatabase.UserIdAsync(factory, first.Email!);
        var secondId = await TestDatabase.UserIdAsync(factory, second.Email!);
        var expired = await first.BeginLinkAsync();
        await first.BeginLinkAsync();
        (await TestDatabase.CountForUserAsync(factory, "PendingAuthorizations", firstId)).Should().Be(2);

        factory.Clock.Advance(TimeSpan.FromMinutes(10));
        await second.BeginLinkAsync();

        (await TestDatabase.CountForUserAsync(factory, "PendingAuthorizations", firstId)).Should().Be(0);
        (await TestDatabase.CountForUserAsync(factory, "PendingAuthorizations", secondId)).Should().Be(1);
        Convert.ToInt64(await factory.Store.ScalarAsync("SELECT COUNT(*) FROM \"PendingAuthorizations\""), System.Globalization.CultureInfo.InvariantCulture)
            .Should().Be(1, "every user's expired attempts are gone");
        var late = await HtmlPage.ParseAsync(
            await first.CallbackAsync(await first.ConsentAsync(expired, Listeners.Newcomer)), TestContext.Current.CancellationToken);
        late.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        late.Find("[data-testid=problem-message]")!.TextContent.Should().Contain("Please start linking again");
    }
}
