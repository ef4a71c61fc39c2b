using System.Net;
using System.Text;
using CleanSpotify.Web.FunctionalTests.Support;
using Microsoft.Extensions.Logging;

namespace CleanSpotify.Web.FunctionalTests;

/// <summary>Codes, tokens and the client secret stay out of the logs and out of the database file.</summary>
public sealed class SecretHygieneTests(TraceLoggingFactory factory) : IClassFixture<TraceLoggingFactory>
{
    private static int _flows;

    [Fact]
    public async Task Logs_FullFlowAtTraceLevel_MessagesContainNoIssuedSecretOrCodeVerifier()
    {
        await RunFullFlowAsync();

        var logs = factory.Logs.Entries;

        logs.Should().Contain(l => l.Level == LogLevel.Trace, "capture should really run at Trace");
        foreach (var secret in Secrets())
        {
            var leaks = logs.Where(l => l.Message.Contains(secret, StringComparison.Ordinal) || (l.Exception?.Contains(secret, StringComparison.Ordinal) ?? false)).ToArray();
            leaks.Should().BeEmpty("no log message or exception may contain an issued secret, but these do: {0}", Describe(leaks));
        }

        logs.Where(l => l.Message.Contains("code_verifier", StringComparison.OrdinalIgnoreCase) || (l.Exception?.Contains("code_verifier", StringComparison.OrdinalIgnoreCase) ?? false))
            .Should().BeEmpty();
    }

    /// <summary>
    /// Structured providers (JSON console, OpenTelemetry, Serilog) write each state value and scope, not only the
    /// formatted message, so those must be clean too.
    /// </summary>
    [Fact]
    public async Task Logs_FullFlowAtTraceLevel_StateValuesAndScopesContainNoIssuedSecret()
    {
        await RunFullFlowAsync();

        var logs = factory.Logs.Entries;

        var leaks = Secrets()
            .SelectMany(secret => logs.Where(l => l.FullText.Contains(secret, StringComparison.Ordinal)).Select(l => (Secret: secret, Log: l)))
            .ToArray();
        leaks.Should().BeEmpty(
            "no structured log value may contain an issued secret, but {0} secrets leak through {1} entries in: {2}; first: {3}",
            leaks.Select(l => l.Secret).Distinct().Count(),
            leaks.Length,
            string.Join(", ", leaks.Select(l => $"{l.Log.Category} [{l.Log.EventId.Name}]").Distinct()),
            Describe(leaks.Select(l => l.Log).Take(1)));

        logs.Where(l => l.FullText.Contains("code_verifier", StringComparison.OrdinalIgnoreCase)).Should().BeEmpty();
    }

    [Fact]
    public async Task Database_AfterLinkAndRefresh_HoldsNoIssuedSecretInPlainText()
    {
        using var session = await factory.SignedUpSessionAsync("db");
        await session.LinkSuccessfullyAsAsync(Listeners.IndieElectronic);
        (await session.GetAsync("/top/tracks")).StatusCode.Should().Be(HttpStatusCode.OK);
        factory.Sandbox.State.Faults.ExpireAccessTokens(Listeners.IndieElectronic);
        (await session.GetAsync("/top/tracks?range=long_term")).StatusCode.Should().Be(HttpStatusCode.OK);

        var files = await factory.Store.ReadEverythingStoredAsync();

        files.Should().NotBeEmpty();
        files.Should().Contain(f => Holds(f.Bytes, Encoding.UTF8.GetBytes(session.Email!)), "the scanned contents should hold this test's rows");
        var secrets = factory.Sandbox.State.IssuedSecrets;
        secrets.Should().NotBeEmpty();
        foreach (var secret in secrets)
        {
            foreach (var (source, bytes) in files)
            {
                Holds(bytes, Encoding.UTF8.GetBytes(secret)).Should().BeFalse("{0} must not hold an issued secret in plain text", source);
                Holds(bytes, Encoding.Unicode.GetBytes(secret)).Should().BeFalse("{0} must not hold an issued secret in UTF-16", source);
            }
        }
    }

    /// <summary>Register, link, read tracks, a forced refresh, and a forged callback.</summary>
    private async Task RunFullFlowAsync()
    {
        using var session = await factory.SignedUpSessionAsync("logs");
        var listener = NextListener();
        await session.LinkSuccessfullyAsAsync(listener);
        (await session.GetAsync("/top/tracks")).StatusCode.Should().Be(HttpStatusCode.OK);
        factory.Sandbox.State.Faults.ExpireAccessTokens(listener);
        var refreshesBefore = factory.Sandbox.State.CountTokenRequests("refresh_token");
        (await session.GetAsync("/top/tracks?range=short_term")).StatusCode.Should().Be(HttpStatusCode.OK);
        factory.Sandbox.State.CountTokenRequests("refresh_token").Should().Be(refreshesBefore + 1, "the flow should include a forced refresh");
        var callback = await session.ConsentAsync(await session.BeginLinkAsync(), listener);
        var forged = callback.PathAndQuery[..callback.PathAndQuery.IndexOf("&state=", StringComparison.Ordinal)] + "&state=forged";
        (await session.GetAsync(forged)).StatusCode.Should().Be(HttpStatusCode.BadRequest);
    }

    /// <summary>Each flow links a listener of its own: one Spotify account belongs to one user.</summary>
    private static string NextListener() => Interlocked.Increment(ref _flows) switch
    {
        1 => Listeners.JazzSoul,
        2 => Listeners.HipHopRnb,
        _ => Listeners.ClassicalFilm,
    };

    /// <summary>What the sandbox issued, plus the Basic credential the token client sends.</summary>
    private IEnumerable<string> Secrets()
    {
        var secrets = factory.Sandbox.State.IssuedSecrets;
        secrets.Should().HaveCountGreaterThanOrEqualTo(6, "codes, access and refresh tokens, and the client secret were issued");
        return [.. secrets, Convert.ToBase64String(Encoding.UTF8.GetBytes("cleanspotify-sandbox:cleanspotify-sandbox-secret"))];
    }

    private static string Describe(IEnumerable<CapturedLog> leaks) =>
        string.Join(Environment.NewLine, leaks.Take(3).Select(l => $"[{l.Level}] [{l.Category}] {l.FullText}"));

    private static bool Holds(byte[] haystack, byte[] needle) => haystack.AsSpan().IndexOf(needle) >= 0;
}
