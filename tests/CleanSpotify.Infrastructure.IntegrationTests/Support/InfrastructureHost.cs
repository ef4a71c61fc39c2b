using System.Diagnostics.Metrics;
using CleanSpotify.Application.Abstractions;
using CleanSpotify.Application.Common.Results;
using CleanSpotify.Application.SpotifyData;
using CleanSpotify.Domain.Links;
using CleanSpotify.Domain.Tracks;
using CleanSpotify.Infrastructure.Spotify;
using CleanSpotify.Infrastructure.Telemetry;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.Metrics.Testing;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Testing;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace CleanSpotify.Infrastructure.IntegrationTests.Support;

/// <summary>
/// One app instance: <c>AddInfrastructure</c> on a plain service collection, as the Web host would compose it,
/// with the fake clock, captured logs and migrations applied.
/// </summary>
internal sealed class InfrastructureHost : IAsyncDisposable
{
    private readonly FakeTimeProvider _time;
    private int _userCount;
    private int _disposed;

    private InfrastructureHost(ServiceProvider services, FakeTimeProvider time)
    {
        Services = services;
        _time = time;
    }

    public ServiceProvider Services { get; }

    public FakeLogCollector Logs => Services.GetFakeLogCollector();

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public static async Task<InfrastructureHost> StartAsync(HostSettings settings, string contentRoot, FakeTimeProvider time)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings.Configuration).Build();
        var services = new ServiceCollection();
        services.AddLogging(logging => logging.SetMinimumLevel(settings.MinimumLogLevel).AddFakeLogging());
        services.AddSingleton<IHostEnvironment>(new TestHostEnvironment(contentRoot) { EnvironmentName = settings.EnvironmentName });
        services.AddSingleton<TimeProvider>(time);
        services.AddInfrastructure(configuration);

        // The resilience pipeline waits on the DI TimeProvider (the fake clock, which only moves when told), so
        // retries must not wait at all.
        services.Configure<SpotifyResilienceOptions>(options => options.RetryDelay = TimeSpan.Zero);
        settings.Services?.Invoke(services);

        var provider = services.BuildServiceProvider(new ServiceProviderOptions { ValidateScopes = true });
        // As the generic host does before anything starts: options marked ValidateOnStart refuse bad settings here.
        try
        {
            provider.GetService<IStartupValidator>()?.Validate();
        }
        catch (OptionsValidationException)
        {
            await provider.DisposeAsync();
            throw;
        }

        if (settings.StartHostedServices)
        {
            foreach (var hosted in provider.GetServices<IHostedService>())
            {
                await hosted.StartAsync(Ct);
            }
        }

        return new InfrastructureHost(provider, time);
    }

    public AsyncServiceScope CreateScope() => Services.CreateAsyncScope();

    /// <summary>Records what this host (only) measures on the CleanSpotify counter <paramref name="instrument"/> from now on.</summary>
    public MetricCollector<long> CollectMetric(string instrument) =>
        new(Services.GetRequiredService<IMeterFactory>(), CleanSpotifyMetrics.MeterName, instrument);

    public async Task<T> InScopeAsync<TService, T>(Func<TService, Task<T>> action)
        where TService : notnull
    {
        await using var scope = CreateScope();
        return await action(scope.ServiceProvider.GetRequiredService<TService>());
    }

    public async Task<string> CreateUserAsync()
    {
        await using var scope = CreateScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<IdentityUser>>();
        // The site's own account policy applies here too (AddInfrastructure registers Identity), so users need a unique e-mail.
        var email = $"user{Interlocked.Increment(ref _userCount)}-{Guid.NewGuid():N}@example.test";
        var user = new IdentityUser(email) { Email = email };
        var created = await users.CreateAsync(user);
        created.Succeeded.Should().BeTrue(string.Join("; ", created.Errors.Select(e => e.Description)));
        return user.Id;
    }

    /// <summary>The whole link flow against the sandbox: consent, code exchange, profile, saved link.</summary>
    public async Task<SpotifyLinkRequirement> LinkAsync(string listenerKey, string? appUserId = null)
    {
        appUserId ??= await CreateUserAsync();
        var grant = await AuthorizeAsync(listenerKey);

        await using var scope = CreateScope();
        var profile = await scope.ServiceProvider.GetRequiredService<ISpotifyProfileReader>()
            .GetProfileForTokenAsync(grant.Tokens.AccessToken, Ct);
        profile.IsSuccess.Should().BeTrue(profile.Error?.Code);

        var account = SpotifyAccount.FromProfile(profile.Value.AccountId, profile.Value.UserId, profile.Value.DisplayName);
        var link = SpotifyLink.Create(appUserId, account, grant.Tokens, grant.GrantedScopes, _time.GetUtcNow());
        var saved = await scope.ServiceProvider.GetRequiredService<ISpotifyLinkStore>().SaveAsync(link, Ct);
        saved.Should().BeTrue();
        return new SpotifyLinkRequirement(appUserId, listenerKey, account, grant.Tokens);
    }

    /// <summary>Consent and code exchange only: the grant, not yet saved anywhere.</summary>
    public async Task<AuthorizationGrant> AuthorizeAsync(string listenerKey)
    {
        var (code, verifier) = await ConsentAsync(listenerKey);
        var grant = await InScopeAsync<ISpotifyAccountsService, Result<AuthorizationGrant>>(
            accounts => accounts.ExchangeCodeAsync(code, verifier, Ct));
        grant.IsSuccess.Should().BeTrue(grant.Error?.Code);
        return grant.Value;
    }

    /// <summary>Sends the user to this host's authorize URL and agrees: the code and the PKCE verifier it needs.</summary>
    public async Task<(string Code, string Verifier)> ConsentAsync(string listenerKey)
    {
        await using var scope = CreateScope();
        var accounts = scope.ServiceProvider.GetRequiredService<ISpotifyAccountsService>();
        var (verifier, challenge) = Pkce.Create();
        var state = Pkce.NewState();
        var (code, returnedState) = await SandboxConsent.AgreeAsync(accounts.BuildAuthorizeUri(state, challenge, []), listenerKey);
        returnedState.Should().Be(state);
        return (code, verifier);
    }

    public Task<Result<SpotifyPage<TopTrackDto>>> GetTopTracksAsync(
        string appUserId, TimeRange range = TimeRange.MediumTerm, int offset = 0, int limit = 50) =>
        InScopeAsync<ISpotifyTopItemsReader, Result<SpotifyPage<TopTrackDto>>>(
            reader => reader.GetTopTracksAsync(appUserId, range, offset, limit, Ct));

    /// <summary>The link as stored now, read in a fresh scope.</summary>
    public Task<SpotifyLink?> FindLinkAsync(string appUserId) =>
        InScopeAsync<ISpotifyLinkStore, SpotifyLink?>(store => store.FindByUserAsync(appUserId, Ct));

    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref _disposed, 1) == 1)
        {
            return;
        }

        foreach (var hosted in Services.GetServices<IHostedService>())
        {
            await hosted.StopAsync(CancellationToken.None);
        }

        await Services.DisposeAsync();
    }
}

/// <summary>An app user linked to a sandbox listener, with the tokens the first exchange issued.</summary>
internal sealed record SpotifyLinkRequirement(string AppUserId, string ListenerKey, SpotifyAccount Account, TokenSet InitialTokens);
