using System.Net;
using System.Text.RegularExpressions;
using System.Web;

namespace CleanSpotify.Infrastructure.IntegrationTests.Support;

/// <summary>Plays the user on the sandbox's consent page: opens an authorize URL and agrees as one listener.</summary>
internal static partial class SandboxConsent
{
    /// <summary>Returns the <c>code</c> and <c>state</c> the sandbox redirected back with.</summary>
    public static async Task<(string Code, string? State)> AgreeAsync(Uri authorizeUri, string listenerKey)
    {
        var ct = TestContext.Current.CancellationToken;
        using var http = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false });

        using var page = await http.GetAsync(authorizeUri, ct);
        var html = await page.Content.ReadAsStringAsync(ct);
        page.StatusCode.Should().Be(HttpStatusCode.OK, html);
        var requestId = RequestIdField().Match(html);
        requestId.Success.Should().BeTrue("the consent page carries a hidden request_id: {0}", html);

        var form = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["request_id"] = WebUtility.HtmlDecode(requestId.Groups[1].Value),
            ["listener"] = listenerKey,
            ["decision"] = "agree",
        });
        using var answer = await http.PostAsync(new Uri(authorizeUri, "/authorize"), form, ct);
        answer.StatusCode.Should().Be(HttpStatusCode.Redirect, await answer.Content.ReadAsStringAsync(ct));
        var query = HttpUtility.ParseQueryString(answer.Headers.Location!.Query);
        query["code"].Should().NotBeNullOrEmpty();
        return (query["code"]!, query["state"]);
    }

    [GeneratedRegex("name=\"request_id\" value=\"([^\"]+)\"")]
    private static partial Regex RequestIdField();
}
