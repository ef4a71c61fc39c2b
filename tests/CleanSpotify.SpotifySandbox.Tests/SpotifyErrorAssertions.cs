using System.Net;

namespace CleanSpotify.SpotifySandbox.Tests;

internal static class SpotifyErrorAssertions
{
    public static async Task ShouldBeApiErrorAsync(this HttpResponseMessage response, HttpStatusCode status, string message)
    {
        response.StatusCode.Should().Be(status);
        var json = await SandboxDriver.ReadJsonAsync(response);
        json.GetProperty("error").GetProperty("status").GetInt32().Should().Be((int)status);
        json.GetProperty("error").GetProperty("message").GetString().Should().Be(message);
    }

    public static async Task ShouldBeTokenErrorAsync(this HttpResponseMessage response, string error, string? description)
    {
        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        var json = await SandboxDriver.ReadJsonAsync(response);
        json.GetProperty("error").GetString().Should().Be(error);
        if (description is null)
        {
            json.TryGetProperty("error_description", out _).Should().BeFalse();
        }
        else
        {
            json.GetProperty("error_description").GetString().Should().Be(description);
        }
    }
}
