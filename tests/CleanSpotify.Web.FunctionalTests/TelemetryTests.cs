using System.Diagnostics;
using System.Net;
using System.Text;
using CleanSpotify.Web.FunctionalTests.Support;
using Microsoft.AspNetCore.WebUtilities;

namespace CleanSpotify.Web.FunctionalTests;

/// <summary>
/// Traces of real requests, as an exporter receives them: the instrumentations are wired into one trace per request,
/// and no span carries the callback's code or state, an issued token, or the client's credentials.
/// </summary>
public sealed class TelemetryTests(TelemetryFactory factory) : IClassFixture<TelemetryFactory>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Callback_TraceOfTheRequest_CarriesNeitherCodeNorStateNorAnyIssuedSecret()
    {
        using var session = await factory.SignedUpSessionAsync("otel-callback");
        var callback = await session.ConsentAsync(await session.BeginLinkAsync(), Listeners.JazzSoul);
        var query = QueryHelpers.ParseQuery(callback.Query);
        var (code, state) = (query["code"].ToString(), query["state"].ToString());

        var (response, traceId) = await SendTracedAsync(session, callback.PathAndQuery);

        response.StatusCode.Should().Be(HttpStatusCode.Redirect);
        var server = await factory.Spans.WaitForAsync(traceId, span => span.Kind == ActivityKind.Server && Tag(span, "url.path") == "/spotify/callback");
        Tag(server, "url.query").Should().Be("?code=Redacted&state=Redacted");
        var trace = factory.Spans.InTrace(traceId);
        trace.Should().Contain(span => IsClientCall(span, "/api/token"), "the code exchange is traced");
        code.Should().NotBeNullOrEmpty();
        state.Should().NotBeNullOrEmpty();
        AssertCarriesNone(trace, [code, state, .. Secrets()]);
    }

    [Fact]
    public async Task TopTracks_SpotifyRejectsTheAccessToken_OneTraceHoldsTheRequestTheFetchTheRefreshAndTheirHttpAndDatabaseSpans()
    {
        using var session = await factory.SignedUpSessionAsync("otel-refresh");
        await session.LinkSuccessfullyAsAsync(Listeners.IndieElectronic);
        factory.Sandbox.State.Faults.ExpireAccessTokens(Listeners.IndieElectronic);

        var (response, traceId) = await SendTracedAsync(session, "/top/tracks");

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        var server = await factory.Spans.WaitForAsync(traceId, span => span.Kind == ActivityKind.Server && Tag(span, "url.path") == "/top/tracks");
        var trace = factory.Spans.InTrace(traceId);
        var fetch = trace.Should().ContainSingle(span => span.Source.Name == "CleanSpotify" && span.DisplayName == "spotify.fetch").Subject;
        fetch.ParentSpanId.Should().Be(server.SpanId, "the cache-miss fetch stays in the page's trace");
        Tag(fetch, "cleanspotify.cache.read").Should().Be("top");
        var refresh = trace.Should().ContainSingle(span => span.Source.Name == "CleanSpotify" && span.DisplayName == "spotify.token.refresh").Subject;
        Tag(refresh, "cleanspotify.refresh.outcome").Should().Be("refreshed");
        trace.Should().Contain(span => span.ParentSpanId == refresh.SpanId && IsClientCall(span, "/api/token"));
        trace.Should().Contain(span => span.ParentSpanId == refresh.SpanId && span.Source.Name.Contains("EntityFrameworkCore", StringComparison.Ordinal), "the refreshed tokens are saved");
        trace.Where(span => IsClientCall(span, "/me/top/tracks"))
            .Select(span => Tag(span, "http.response.status_code")).Should().Equal("401", "200");
        trace.Where(span => IsClientCall(span, "/me/top/tracks")).Select(span => new Uri(Tag(span, "url.full")!).Query)
            .Should().AllBe("?*", ".NET redacts the whole query of outgoing requests");
        server.ParentSpanId.Should().NotBe(default(ActivitySpanId), "the request joined the trace named in traceparent");
        AssertCarriesNone(trace, Secrets());
    }

    /// <summary>Sends a GET that starts a new sampled trace through <c>traceparent</c>; returns the response and the trace id.</summary>
    private static async Task<(HttpResponseMessage Response, ActivityTraceId TraceId)> SendTracedAsync(UserSession session, string pathAndQuery)
    {
        var (traceParent, traceId) = SpanCapture.NewTraceParent();
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(pathAndQuery, UriKind.Relative));
        request.Headers.Add("traceparent", traceParent);
        return (await session.Client.SendAsync(request, Ct), traceId);
    }

    private static string? Tag(Activity span, string key) => span.GetTagItem(key)?.ToString();

    /// <summary>An HttpClient span whose URL path ends with <paramref name="path"/>.</summary>
    private static bool IsClientCall(Activity span, string path) =>
        span.Kind == ActivityKind.Client && Tag(span, "url.full") is { } url && new Uri(url).AbsolutePath.EndsWith(path, StringComparison.Ordinal);

    /// <summary>What the sandbox issued (codes, tokens, its client secret) and the Basic credential the site sends.</summary>
    private IReadOnlyList<string> Secrets() =>
        [.. factory.Sandbox.State.IssuedSecrets, Convert.ToBase64String(Encoding.UTF8.GetBytes("cleanspotify-sandbox:cleanspotify-sandbox-secret"))];

    private static void AssertCarriesNone(IReadOnlyList<Activity> trace, IReadOnlyList<string> secrets)
    {
        secrets.Should().HaveCountGreaterThanOrEqualTo(3);
        trace.Should().HaveCountGreaterThan(3, "the request, its Spotify calls and its queries were traced");
        foreach (var span in trace.Select(SpanCapture.Describe))
        {
            secrets.Where(secret => span.Contains(secret, StringComparison.Ordinal))
                .Should().BeEmpty("no span may carry a code, state, token or credential, but this one does: {0}", span);
        }
    }
}
