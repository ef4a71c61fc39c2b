using System.Net;
using CleanSpotify.Tests.Shared;

namespace CleanSpotify.ScaleOut.Tests.Support;

/// <summary>
/// One person's browser behind a load balancer: one cookie jar, and each request sent to whichever instance the
/// test names. Cookies do not depend on the port, so a cookie set by one instance goes to the other, as it would
/// through a balancer. Redirects are not followed; any 5xx but the site's designed 503 page fails the test.
/// </summary>
internal sealed class Browser : IDisposable
{
    private readonly CookieContainer _cookies = new();
    private readonly Dictionary<Uri, HttpClient> _clients = [];

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public Task<HttpResponseMessage> GetAsync(AppInstance instance, string pathAndQuery) =>
        Client(instance).GetAsync(new Uri(pathAndQuery, UriKind.Relative), Ct);

    public async Task<(HttpStatusCode Status, string Html)> GetHtmlAsync(AppInstance instance, string pathAndQuery)
    {
        using var response = await GetAsync(instance, pathAndQuery);
        return (response.StatusCode, await response.Content.ReadAsStringAsync(Ct));
    }

    /// <summary>Reads <paramref name="pagePath"/> on <paramref name="renderOn"/> and submits its form to <paramref name="submitTo"/>.</summary>
    public Task<HttpResponseMessage> SubmitFormAsync(
        AppInstance renderOn, string pagePath, string action, AppInstance submitTo, IReadOnlyDictionary<string, string?>? fields = null) =>
        SiteForms.SubmitAsync(Client(renderOn), pagePath, action, fields, Ct, Client(submitTo));

    public async Task RegisterAsync(AppInstance instance, string email)
    {
        using var response = await SubmitFormAsync(instance, "/account/register", "/account/register", instance, new Dictionary<string, string?>
        {
            ["Email"] = email,
            ["Password"] = "Correct-Horse-9",
            ["ConfirmPassword"] = "Correct-Horse-9",
        });
        response.StatusCode.Should().Be(HttpStatusCode.Redirect, "registering {0} should succeed", email);
    }

    /// <summary>Submits the link form on <paramref name="instance"/>; returns Spotify's consent URL it redirected to.</summary>
    public async Task<Uri> BeginLinkAsync(AppInstance instance)
    {
        using var response = await SubmitFormAsync(instance, "/spotify", "/spotify/link", instance);
        response.StatusCode.Should().Be(HttpStatusCode.Redirect, "the link form should redirect to Spotify's consent page");
        return response.Headers.Location!;
    }

    public void Dispose()
    {
        foreach (var client in _clients.Values)
        {
            client.Dispose();
        }
    }

    private HttpClient Client(AppInstance instance)
    {
        if (!_clients.TryGetValue(instance.BaseAddress, out var client))
        {
#pragma warning disable CA2000 // The client owns the handler and is disposed with the browser.
            client = new HttpClient(new NoServerErrorsHandler { InnerHandler = new SocketsHttpHandler { CookieContainer = _cookies, AllowAutoRedirect = false } })
            {
                BaseAddress = instance.BaseAddress,
            };
#pragma warning restore CA2000
            _clients[instance.BaseAddress] = client;
        }

        return client;
    }
}
