using CleanSpotify.Application.Abstractions;
using CleanSpotify.Application.Common.Results;
using CleanSpotify.Application.SpotifyData;
using CleanSpotify.Domain.Links;
using CleanSpotify.Domain.Tracks;
using CleanSpotify.Infrastructure.IntegrationTests.Support;
using CleanSpotify.SpotifySandbox;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace CleanSpotify.Infrastructure.IntegrationTests;

/// <summary>Refresh behaviour of <see cref="Spotify.SpotifyTokenService"/>, driven through real top-tracks calls.</summary>
public sealed class SpotifyTokenServiceTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task GetTopTracksAsync_WithAccessTokensShorterThanTheRefreshSkew_RefreshesAtHalfTheirLifetimeNotOnEveryCall()
    {
        await using var env = await TestEnvironment.StartAsync(sandbox: options => options.AccessTokenLifetime = TimeSpan.FromSeconds(40));
        var user = await env.Host.LinkAsync("jazz-soul");

        (await env.Host.GetTopTracksAsync(user.AppUserId, TimeRange.ShortTerm)).IsSuccess.Should().BeTrue();
        env.Time.Advance(TimeSpan.FromSeconds(15));
        (await env.Host.GetTopTracksAsync(user.AppUserId, TimeRange.MediumTerm)).IsSuccess.Should().BeTrue();
        var refreshesBeforeHalfLife = env.SandboxState.CountTokenRequests("refresh_token");
        env.Time.Advance(TimeSpan.FromSeconds(6));
        (await env.Host.GetTopTracksAsync(user.AppUserId, TimeRange.LongTerm)).IsSuccess.Should().BeTrue();

        refreshesBeforeHalfLife.Should().Be(0, "a 40-second token is good for 20 seconds, not renewed on every use");
        env.SandboxState.CountTokenRequests("refresh_token").Should().Be(1, "past half its lifetime it is renewed");
    }

    [Fact]
    public async Task GetAccessTokenAsync_AccessTokenExpiredAndNoRotation_RefreshesOnceAndKeepsRefreshToken()
    {
        await using var env = await TestEnvironment.StartAsync();
        var user = await env.Host.LinkAsync("jazz-soul");
        env.Time.Advance(TestEnvironment.PastRefreshPoint);

        var first = await env.Host.GetTopTracksAsync(user.AppUserId);
        var second = await env.Host.GetTopTracksAsync(user.AppUserId);

        first.IsSuccess.Should().BeTrue(first.Error?.Code);
        second.IsSuccess.Should().BeTrue(second.Error?.Code);
        env.SandboxState.CountTokenRequests("refresh_token").Should().Be(1);
        var link = await env.Host.FindLinkAsync(user.AppUserId);
        link!.Tokens!.RefreshToken.Should().Be(user.InitialTokens.RefreshToken);
        link.Tokens.AccessToken.Should().NotBe(user.InitialTokens.AccessToken);
        link.Tokens.AccessTokenExpiresAt.Should().Be(env.Time.GetUtcNow().AddSeconds(3600));
        env.SandboxState.ApiCalls.Where(c => c.Path == "/v1/me/top/tracks")
            .Should().OnlyContain(c => c.StatusCode == 200 && c.AccessToken == link.Tokens.AccessToken);
    }

    [Fact]
    public async Task GetAccessTokenAsync_RotatingRefreshTokens_StoresEachNewRefreshTokenAndNeverReusesTheOld()
    {
        await using var env = await TestEnvironment.StartAsync();
        env.SandboxState.Faults.RefreshTokenMode = RefreshTokenMode.Rotate;
        var user = await env.Host.LinkAsync("jazz-soul");

        env.Time.Advance(TestEnvironment.PastRefreshPoint);
        var first = await env.Host.GetTopTracksAsync(user.AppUserId);
        var afterFirst = (await env.Host.FindLinkAsync(user.AppUserId))!.Tokens!;

        // The sandbox revoked the original refresh token; a second refresh only works with the rotated one.
        env.Time.Advance(TimeSpan.FromSeconds(3600));
        var second = await env.Host.GetTopTracksAsync(user.AppUserId);
        var afterSecond = await env.Host.FindLinkAsync(user.AppUserId);

        first.IsSuccess.Should().BeTrue(first.Error?.Code);
        second.IsSuccess.Should().BeTrue(second.Error?.Code);
        afterFirst.RefreshToken.Should().NotBe(user.InitialTokens.RefreshToken);
        env.SandboxState.IssuedSecrets.Should().Contain(afterFirst.RefreshToken);
        afterSecond!.Status.Should().Be(LinkStatus.Linked);
        afterSecond.Tokens!.RefreshToken.Should().NotBe(afterFirst.RefreshToken).And.NotBe(user.InitialTokens.RefreshToken);
        env.SandboxState.CountTokenRequests("refresh_token").Should().Be(2);
    }

    [Fact]
    public async Task GetAccessTokenAsync_FiftyConcurrentCallsWithExpiredToken_RefreshesExactlyOnce()
    {
        await using var env = await TestEnvironment.StartAsync();
        var user = await env.Host.LinkAsync("jazz-soul");
        env.Time.Advance(TestEnvironment.PastRefreshPoint);

        var results = await Task.WhenAll(Enumerable.Range(0, 50).Select(_ => Task.Run(() => env.Host.GetTopTracksAsync(user.AppUserId), Ct)));

        results.Should().OnlyContain(r => r.IsSuccess && r.Value.Total == 87);
        env.SandboxState.CountTokenRequests("refresh_token").Should().Be(1);
        var link = await env.Host.FindLinkAsync(user.AppUserId);
        env.SandboxState.ApiCalls.Where(c => c.Path == "/v1/me/top/tracks")
            .Should().HaveCount(50).And.OnlyContain(c => c.StatusCode == 200 && c.AccessToken == link!.Tokens!.AccessToken);
    }

    [Fact]
    public async Task GetAccessTokenAsync_CallerCancelsWhileSpotifyAnswersTheRefresh_KeepsTheNewTokensAndRefreshesOnce()
    {
        await using var env = await TestEnvironment.StartAsync();
        var user = await env.Host.LinkAsync("jazz-soul");
        var gate = new TokenResponseGate();
        var host = await env.CreateHostAsync(
            settings => settings.Services = services => services.ConfigureHttpClientDefaults(b => b.AddHttpMessageHandler(gate.CreateHandler)));
        env.Time.Advance(TestEnvironment.PastRefreshPoint);

        // Spotify has issued the new tokens when the page that asked for them is abandoned.
        using var abandoned = new CancellationTokenSource();
        var page = host.InScopeAsync<ISpotifyTopItemsReader, Result<SpotifyPage<TopTrackDto>>>(
            reader => reader.GetTopTracksAsync(user.AppUserId, TimeRange.MediumTerm, 0, 50, abandoned.Token));
        await gate.Answered.Task.WaitAsync(Ct);
        await abandoned.CancelAsync();
        gate.Released.SetResult();
        await FluentActions.Awaiting(() => page).Should().ThrowAsync<OperationCanceledException>();
        var next = await host.GetTopTracksAsync(user.AppUserId);

        next.IsSuccess.Should().BeTrue(next.Error?.Code);
        env.SandboxState.CountTokenRequests("refresh_token").Should().Be(1);
        (await host.FindLinkAsync(user.AppUserId))!.Tokens!.AccessToken.Should().NotBe(user.InitialTokens.AccessToken);
    }

    [Fact]
    public async Task GetAccessTokenAsync_RefreshTokenRevoked_MarksLinkNeedsReconnectAndStopsCallingSpotify()
    {
        await using var env = await TestEnvironment.StartAsync();
        var user = await env.Host.LinkAsync("jazz-soul");
        env.SandboxState.Faults.RevokeRefreshTokens("jazz-soul");
        env.Time.Advance(TestEnvironment.PastRefreshPoint);

        var first = await env.Host.GetTopTracksAsync(user.AppUserId);
        var tokenRequestsAfterFirst = env.SandboxState.TokenRequestCount;
        var second = await env.Host.GetTopTracksAsync(user.AppUserId);

        first.IsSuccess.Should().BeFalse();
        first.Error!.Code.Should().Be("link.reconnect");
        second.Error!.Code.Should().Be("link.reconnect");
        env.SandboxState.CountTokenRequests("refresh_token").Should().Be(1);
        env.SandboxState.TokenRequestCount.Should().Be(tokenRequestsAfterFirst);
        env.SandboxState.ApiCalls.Where(c => c.Path == "/v1/me/top/tracks").Should().BeEmpty();

        var link = await env.Host.FindLinkAsync(user.AppUserId);
        link!.Status.Should().Be(LinkStatus.NeedsReconnect);
        link.Tokens.Should().BeNull();
        var row = (await RawDatabase.QueryAsync(
            env.DatabasePath,
            "SELECT AccessTokenEncrypted, RefreshTokenEncrypted, Status FROM SpotifyLinks WHERE AppUserId = $id",
            ("$id", user.AppUserId))).Single();
        row["AccessTokenEncrypted"].Should().BeNull();
        row["RefreshTokenEncrypted"].Should().BeNull();
        row["Status"].Should().Be("NeedsReconnect");
    }

    [Fact]
    public async Task GetAccessTokenAsync_TwoInstancesRefreshTheSameLinkAtOnce_BothSucceedAndLinkStaysUsable()
    {
        await using var env = await TestEnvironment.StartAsync();
        var user = await env.Host.LinkAsync("jazz-soul");
        var other = await env.CreateHostAsync();
        var raceGate = new TokenResponseGate();
        var racer = await env.CreateHostAsync(
            settings => settings.Services = services => services.ConfigureHttpClientDefaults(b => b.AddHttpMessageHandler(raceGate.CreateHandler)));
        using var racerRefreshes = racer.CollectMetric("cleanspotify.spotify.token_refreshes");
        using var otherRefreshes = other.CollectMetric("cleanspotify.spotify.token_refreshes");
        env.Time.Advance(TestEnvironment.PastRefreshPoint);

        // The racer refreshes and Spotify answers, but its save waits until the other instance has refreshed and saved.
        var racing = racer.GetTopTracksAsync(user.AppUserId);
        await raceGate.Answered.Task.WaitAsync(Ct);
        var otherResult = await other.GetTopTracksAsync(user.AppUserId);
        raceGate.Released.SetResult();
        var racerResult = await racing;

        otherResult.IsSuccess.Should().BeTrue(otherResult.Error?.Code);
        racerResult.IsSuccess.Should().BeTrue(racerResult.Error?.Code);
        env.SandboxState.CountTokenRequests("refresh_token").Should().Be(2, "both instances refreshed concurrently");
        racer.Logs.GetSnapshot().Should().Contain(r => r.Id.Id == 2003, "the racer lost the save and used the winner's tokens");
        racerRefreshes.TagLines().Should().Equal("cleanspotify.refresh.outcome=lost_race");
        otherRefreshes.TagLines().Should().Equal("cleanspotify.refresh.outcome=refreshed");
        var link = await other.FindLinkAsync(user.AppUserId);
        link!.Status.Should().Be(LinkStatus.Linked);
        link.Tokens!.RefreshToken.Should().Be(user.InitialTokens.RefreshToken);

        // The stored refresh token still works: a later refresh by either instance succeeds.
        env.Time.Advance(TimeSpan.FromSeconds(3600));
        var later = await racer.GetTopTracksAsync(user.AppUserId);
        later.IsSuccess.Should().BeTrue(later.Error?.Code);
        env.SandboxState.CountTokenRequests("refresh_token").Should().Be(3);
        (await env.Host.FindLinkAsync(user.AppUserId))!.Status.Should().Be(LinkStatus.Linked);
    }

    [Fact]
    public async Task GetAccessTokenAsync_TwoInstancesRaceWhileSpotifyRotatesRefreshTokens_LinkKeepsTheLiveRefreshToken()
    {
        await using var env = await TestEnvironment.StartAsync();
        env.SandboxState.Faults.RefreshTokenMode = RefreshTokenMode.Rotate;
        var user = await env.Host.LinkAsync("jazz-soul");
        var other = await env.CreateHostAsync();
        var raceGate = new TokenResponseGate();
        var racer = await env.CreateHostAsync(
            settings => settings.Services = services => services.ConfigureHttpClientDefaults(b => b.AddHttpMessageHandler(raceGate.CreateHandler)));
        env.Time.Advance(TestEnvironment.PastRefreshPoint);

        // The racer's refresh rotates the token (the old one is revoked); the other instance then refreshes with the
        // old one, gets invalid_grant and saves "needs reconnect" before the racer saves the only live token.
        var racing = racer.GetTopTracksAsync(user.AppUserId);
        await raceGate.Answered.Task.WaitAsync(Ct);
        await other.GetTopTracksAsync(user.AppUserId);
        raceGate.Released.SetResult();
        var racerResult = await racing;

        racerResult.IsSuccess.Should().BeTrue(racerResult.Error?.Code);
        var link = await env.Host.FindLinkAsync(user.AppUserId);
        link!.Status.Should().Be(LinkStatus.Linked);
        link.Tokens!.RefreshToken.Should().NotBe(user.InitialTokens.RefreshToken);
        env.Time.Advance(TimeSpan.FromSeconds(3600));
        var later = await other.GetTopTracksAsync(user.AppUserId);
        later.IsSuccess.Should().BeTrue(later.Error?.Code);
    }

    [Fact]
    public async Task GetAccessTokenAsync_LinkRefreshAndReconnectAtInformationLevel_NeverLogsATokenCodeOrSecret()
    {
        await using var env = await TestEnvironment.StartAsync();

        await RunLinkRefreshAndReconnectAsync(env);

        AssertNoSecretsLogged(env);
    }

    [Fact]
    public async Task GetAccessTokenAsync_LinkRefreshAndReconnectAtTraceLevel_NeverLogsATokenCodeOrSecret()
    {
        await using var env = await TestEnvironment.StartAsync(settings => settings.MinimumLogLevel = LogLevel.Trace);

        await RunLinkRefreshAndReconnectAsync(env);

        AssertNoSecretsLogged(env);
    }

    private static async Task RunLinkRefreshAndReconnectAsync(TestEnvironment env)
    {
        var user = await env.Host.LinkAsync("jazz-soul");
        env.Time.Advance(TestEnvironment.PastRefreshPoint);
        (await env.Host.GetTopTracksAsync(user.AppUserId)).IsSuccess.Should().BeTrue();
        env.SandboxState.Faults.ExpireAccessTokens(null);
        (await env.Host.GetTopTracksAsync(user.AppUserId)).IsSuccess.Should().BeTrue();
        env.SandboxState.Faults.RevokeRefreshTokens(null);
        env.Time.Advance(TimeSpan.FromSeconds(3600));
        (await env.Host.GetTopTracksAsync(user.AppUserId)).Error!.Code.Should().Be("link.reconnect");
    }

    private static void AssertNoSecretsLogged(TestEnvironment env)
    {
        var records = env.Host.Logs.GetSnapshot();
        var secrets = env.SandboxState.IssuedSecrets;
        records.Should().Contain(r => r.Id.Id == 2001, "the reconnect warning was logged, so logs were captured");
        secrets.Should().HaveCountGreaterThan(4);
        foreach (var record in records)
        {
            var text = string.Join(
                '\n',
                new[] { record.Message, record.Exception?.ToString() }
                    .Concat(record.StructuredState?.Select(p => p.Value) ?? []));
            secrets.Where(secret => text.Contains(secret, StringComparison.Ordinal))
                .Should().BeEmpty("log record {0} ({1}) must not carry secrets: {2}", record.Id, record.Category, text);
        }
    }
}
