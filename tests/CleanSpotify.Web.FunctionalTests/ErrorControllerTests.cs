using System.Net;
using CleanSpotify.Web.FunctionalTests.Support;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace CleanSpotify.Web.FunctionalTests;

public sealed class ErrorControllerTests(CleanSpotifyWebApplicationFactory factory) : IClassFixture<CleanSpotifyWebApplicationFactory>
{
    [Theory]
    [InlineData("/no/such/page")]
    [InlineData("/top/artists-that-do-not-exist")]
    [InlineData("/spotify/callback/extra")]
    public async Task Status_UnknownUrl_ShowsFriendly404Page(string path)
    {
        using var session = factory.NewSession();

        var page = await session.GetPageAsync(path);

        page.StatusCode.Should().Be(HttpStatusCode.NotFound);
        page.Response.Content.Headers.ContentType!.MediaType.Should().Be("text/html");
        page.Find("h1")!.TextContent.Should().Be("Page not found");
        page.Find("a[href='/']").Should().NotBeNull("the page should offer a way back");
    }

    [Theory]
    [InlineData("/error")]
    [InlineData("/error/")]
    [InlineData("/ERROR/")]
    public async Task Unhandled_OpenedDirectly_ShowsThe404PageNot500(string path)
    {
        using var session = factory.NewSession();

        var page = await session.GetPageAsync(path);

        page.StatusCode.Should().Be(HttpStatusCode.NotFound);
        page.Find("h1")!.TextContent.Should().Be("Page not found");
    }

    [Fact]
    public async Task Unhandled_ExceptionInAnAction_ShowsThe500Page()
    {
        await using var failing = factory.WithWebHostBuilder(builder => builder.ConfigureTestServices(services =>
            services.Configure<MvcOptions>(options => options.Filters.Add(new ThrowOnMarkedRequestFilter()))));
        using var client = failing.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri("/account/login", UriKind.Relative));
        request.Headers.Add(ThrowOnMarkedRequestFilter.Header, "1");

        var page = await HtmlPage.ParseAsync(await client.SendAsync(request, TestContext.Current.CancellationToken), TestContext.Current.CancellationToken);

        page.StatusCode.Should().Be(HttpStatusCode.InternalServerError);
        page.Find("h1")!.TextContent.Should().Be("Something went wrong");
    }

    [Theory]
    [InlineData("/account/login")]
    [InlineData("/account/register")]
    [InlineData("/account/logout")]
    [InlineData("/spotify/link")]
    public async Task Status_PostWithoutAntiforgeryToken_Returns400Page(string path)
    {
        using var session = await factory.SignedUpSessionAsync("csrf");
        using var form = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Email"] = "someone@example.test",
            ["Password"] = TestEmails.Password,
            ["ConfirmPassword"] = TestEmails.Password,
        });

        var response = await session.Client.PostAsync(new Uri(path, UriKind.Relative), form, TestContext.Current.CancellationToken);
        var page = await HtmlPage.ParseAsync(response, TestContext.Current.CancellationToken);

        page.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        page.Find("h1")!.TextContent.Should().NotBeNullOrWhiteSpace();
        response.Headers.Location.Should().BeNull();
        (await session.GetAsync("/top/tracks")).StatusCode.Should().Be(HttpStatusCode.OK, "the rejected post must not have signed the user out");
    }

    [Fact]
    public async Task Status_PostWithAnotherUsersAntiforgeryToken_Returns400()
    {
        using var victim = await factory.SignedUpSessionAsync("victim");
        using var attacker = await factory.SignedUpSessionAsync("attacker");
        var attackerToken = (await attacker.GetPageAsync("/spotify")).Form("/spotify/link")!
            .QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        using var form = new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = attackerToken });

        var response = await victim.Client.PostAsync(new Uri("/spotify/link", UriKind.Relative), form, TestContext.Current.CancellationToken);

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
    }
}

/// <summary>Throws in any action of a request marked with <see cref="Header"/>, except the error page's own re-execution.</summary>
internal sealed class ThrowOnMarkedRequestFilter : IActionFilter
{
    public const string Header = "X-Test-Throw";

    public void OnActionExecuting(ActionExecutingContext context)
    {
        var request = context.HttpContext.Request;
        if (request.Headers.ContainsKey(Header) && !request.Path.StartsWithSegments("/error"))
        {
            throw new InvalidOperationException("A failure the test asked for.");
        }
    }

    public void OnActionExecuted(ActionExecutedContext context)
    {
    }
}
