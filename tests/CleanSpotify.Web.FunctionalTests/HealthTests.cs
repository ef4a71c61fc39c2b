using System.Net;

namespace CleanSpotify.Web.FunctionalTests;

/// <summary>Health endpoints for load balancers: they answer without signing in and never call Spotify.</summary>
public sealed class HealthTests(CleanSpotifyWebApplicationFactory factory) : IClassFixture<CleanSpotifyWebApplicationFactory>
{
    [Theory]
    [InlineData("/health/live")]
    [InlineData("/health/ready")]
    public async Task Health_Anonymous_AnswersHealthyWithoutCallingSpotify(string path)
    {
        using var session = factory.NewSession();
        var callsBefore = factory.Sandbox.State.ApiCalls.Count;
        var tokenRequestsBefore = factory.Sandbox.State.TokenRequestCount;

        var response = await session.GetAsync(path);

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        (await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken)).Should().Be("Healthy");
        factory.Sandbox.State.ApiCalls.Count.Should().Be(callsBefore);
        factory.Sandbox.State.TokenRequestCount.Should().Be(tokenRequestsBefore);
    }

    [Fact]
    public async Task Ready_DatabaseUnreachable_AnswersUnhealthyWhileLiveStaysHealthy()
    {
        using var session = factory.NewSession();
        (await session.GetAsync("/health/ready")).StatusCode.Should().Be(HttpStatusCode.OK);

        await using (await factory.Store.MakeUnavailableAsync())
        {
            var ready = await factory.CreateClient().GetAsync(new Uri("/health/ready", UriKind.Relative), TestContext.Current.CancellationToken);
            var live = await factory.CreateClient().GetAsync(new Uri("/health/live", UriKind.Relative), TestContext.Current.CancellationToken);

            ready.StatusCode.Should().Be(HttpStatusCode.ServiceUnavailable);
            live.StatusCode.Should().Be(HttpStatusCode.OK);
        }

        (await factory.CreateClient().GetAsync(new Uri("/health/ready", UriKind.Relative), TestContext.Current.CancellationToken))
            .StatusCode.Should().Be(HttpStatusCode.OK);
    }
}
