using System.Diagnostics;
using System.Globalization;
using CleanSpotify.Benchmarks.Hosting;
using CleanSpotify.Domain.Links;
using CleanSpotify.Infrastructure;
using CleanSpotify.Infrastructure.Persistence;
using CleanSpotify.SpotifySandbox;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace CleanSpotify.Benchmarks.Seeding;

/// <summary>
/// Seeds linked users fast through the site's own persistence: its <c>AddInfrastructure</c> (so the same
/// migrations, DbContext, Identity stores and token encryption with the same key ring), the <see cref="SpotifyLink"/>
/// aggregate, and one password hash computed once by Identity's hasher (hashing 100 000 passwords would take
/// hours). Each linked user gets a Spotify account of their own in the sandbox, with the data of <see cref="Template"/>.
/// </summary>
internal sealed class UserSeeder : IAsyncDisposable
{
    public const string Password = "benchmark-password";

    /// <summary>The built-in sandbox listener whose listening data every seeded account has.</summary>
    public const string Template = "jazz-soul";

    private const int BatchSize = 2_000;

    private readonly IHost _host;
    private readonly SandboxState _sandbox;
    private readonly string _passwordHash;

    private UserSeeder(IHost host, SandboxState sandbox)
    {
        _host = host;
        _sandbox = sandbox;
        _passwordHash = host.Services.GetRequiredService<IPasswordHasher<IdentityUser>>().HashPassword(new IdentityUser(), Password);
    }

    /// <summary>How many linked users exist so far; their indexes are 0 to this − 1.</summary>
    public int LinkedUsers { get; private set; }

    public static string LinkedEmail(int index) => string.Create(CultureInfo.InvariantCulture, $"user{index:D6}@bench.test");

    public static string UnlinkedEmail(int index) => string.Create(CultureInfo.InvariantCulture, $"unlinked{index:D4}@bench.test");

    /// <summary>Starts the site's infrastructure on <paramref name="configuration"/>; starting applies the migrations.</summary>
    public static async Task<UserSeeder> StartAsync(
        IReadOnlyDictionary<string, string?> configuration, Workspace workspace, SandboxState sandbox, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(workspace);
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings
        {
            ContentRootPath = workspace.Root,
            EnvironmentName = Environments.Production,
            DisableDefaults = true,
        });
        builder.Configuration.AddInMemoryCollection(configuration);
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.Services.AddInfrastructure(builder.Configuration);
        var host = builder.Build();
        await host.StartAsync(cancellationToken);
        return new UserSeeder(host, sandbox);
    }

    /// <summary>Adds linked users until there are <paramref name="total"/>; returns how long it took.</summary>
    public async Task<TimeSpan> SeedLinkedAsync(int total, CancellationToken cancellationToken)
    {
        var started = Stopwatch.GetTimestamp();
        var normalizer = _host.Services.GetRequiredService<ILookupNormalizer>();
        while (LinkedUsers < total)
        {
            var batchEnd = Math.Min(total, LinkedUsers + BatchSize);
            await using var scope = _host.Services.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<CleanSpotifyDbContext>();
            var now = DateTimeOffset.UtcNow;
            for (var index = LinkedUsers; index < batchEnd; index++)
            {
                var listenerKey = string.Create(CultureInfo.InvariantCulture, $"bench-{index:D6}");
                var listener = _sandbox.AddListener(listenerKey, Template);
                var tokens = _sandbox.IssueTokens(listenerKey, SiteConfiguration.Scopes);
                var user = NewUser(LinkedEmail(index), normalizer);
                db.Users.Add(user);
                db.SpotifyLinks.Add(SpotifyLink.Create(
                    user.Id,
                    new SpotifyAccount(listener.AccountId, listener.UserId, listener.DisplayName),
                    new TokenSet(tokens.AccessToken, tokens.RefreshToken, tokens.AccessTokenExpiresAt),
                    SiteConfiguration.Scopes,
                    now));
            }

            await db.SaveChangesAsync(cancellationToken);
            LinkedUsers = batchEnd;
        }

        return Stopwatch.GetElapsedTime(started);
    }

    /// <summary>Adds <paramref name="count"/> users who never linked Spotify.</summary>
    public async Task SeedUnlinkedAsync(int count, CancellationToken cancellationToken)
    {
        var normalizer = _host.Services.GetRequiredService<ILookupNormalizer>();
        await using var scope = _host.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CleanSpotifyDbContext>();
        db.Users.AddRange(Enumerable.Range(0, count).Select(index => NewUser(UnlinkedEmail(index), normalizer)));
        await db.SaveChangesAsync(cancellationToken);
    }

    public async ValueTask DisposeAsync()
    {
        await _host.StopAsync();
        _host.Dispose();
    }

    private IdentityUser NewUser(string email, ILookupNormalizer normalizer) => new()
    {
        UserName = email,
        NormalizedUserName = normalizer.NormalizeName(email),
        Email = email,
        NormalizedEmail = normalizer.NormalizeEmail(email),
        PasswordHash = _passwordHash,
        SecurityStamp = Guid.NewGuid().ToString("N"),
        LockoutEnabled = true,
    };
}
