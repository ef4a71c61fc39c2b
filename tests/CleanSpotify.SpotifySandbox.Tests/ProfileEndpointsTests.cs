using System.Net;

namespace CleanSpotify.SpotifySandbox.Tests;

public sealed class ProfileEndpointsTests
{
    [Fact]
    public async Task Me_LinkedListener_ReturnsDevModeProfileWithAccountId()
    {
        await using var sandbox = await SandboxDriver.StartAsync();
        var (accessToken, _) = await sandbox.LinkAsync("classical-film", scope: "user-top-read");
        var listener = sandbox.State.Listeners.Single(l => l.Key == "classical-film");

        var response = await sandbox.GetApiAsync("/me", accessToken);

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.MediaType.Should().Be("application/json");
        var json = await SandboxDriver.ReadJsonAsync(response);
        json.EnumerateObject().Select(p => p.Name).Should().BeEquivalentTo(
            "account_id", "display_name", "external_urls", "href", "id", "images", "type", "uri");
        json.GetProperty("account_id").GetString().Should().Be(listener.AccountId).And.NotBe(listener.UserId).And.MatchRegex("^[0-9A-Za-z]{10,22}$");
        json.GetProperty("id").GetString().Should().Be(listener.UserId);
        json.GetProperty("display_name").GetString().Should().Be(listener.DisplayName);
        json.GetProperty("uri").GetString().Should().Be($"spotify:user:{listener.UserId}");
        json.GetProperty("href").GetString().Should().Be($"{sandbox.Host.ApiBaseUrl}/users/{listener.UserId}");
        var image = json.GetProperty("images")[0];
        image.GetProperty("height").GetInt32().Should().Be(300);
        image.GetProperty("url").GetString().Should().StartWith(sandbox.Host.BaseAddress + "images/user/");
    }

    [Fact]
    public async Task Listeners_AreDistinctWithDistinctAccountIds()
    {
        await using var sandbox = await SandboxDriver.StartAsync();

        var listeners = sandbox.State.Listeners;

        listeners.Should().HaveCount(5);
        listeners.Select(l => l.AccountId).Should().OnlyHaveUniqueItems();
        listeners.Select(l => l.AccountId).Should().NotIntersectWith(listeners.Select(l => l.UserId));
    }
}
