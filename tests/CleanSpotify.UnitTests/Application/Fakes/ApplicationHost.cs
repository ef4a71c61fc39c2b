using CleanSpotify.Application.Abstractions;
using CleanSpotify.Application;
using CleanSpotify.Application.Collector;
using Mediator;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Testing;
using Microsoft.Extensions.Time.Testing;

namespace CleanSpotify.UnitTests.Application.Fakes;

/// <summary>
/// The real application (<see cref="DependencyInjection.AddApplication"/>: validators, source-generated Mediator and
/// its pipeline) with every port replaced by a hand-written fake and logs, Debug included, captured by a <see cref="FakeLogCollector"/>.
/// </summary>
public sealed class ApplicationHost : IAsyncDisposable
{
    public static readonly DateTimeOffset Start = new(2026, 1, 15, 12, 0, 0, TimeSpan.Zero);

    private readonly ServiceProvider _provider;
    private readonly AsyncServiceScope _scope;

    public ApplicationHost(Action<IServiceCollection>? configure = null)
    {
        ReadCache = new FakeSpotifyReadCache(Time);
        LinkRemover = new FakeSpotifyLinkRemover(Links);
        SiteAccounts = new FakeSiteAccountStore(UnitOfWork).With(new SiteAccount(
            FakeCurrentUser.DefaultId, "app-user-1@example.test", false, "app-user-1@example.test", null, false, false, true, null, 0));
        var services = new ServiceCollection();
        services.AddApplication();
        services.AddFakeLogging();
        services.AddLogging(logging => logging.SetMinimumLevel(LogLevel.Debug));
        services.AddSingleton<TimeProvider>(Time);
        services.AddSingleton<ICurrentUser>(CurrentUser);
        services.AddSingleton<IPendingAuthorizationStore>(PendingAuthorizations);
        services.AddSingleton<ISpotifyAccountsService>(Accounts);
        services.AddSingleton<ISpotifyProfileReader>(Profiles);
        services.AddSingleton<ISpotifyLinkStore>(Links);
        services.AddSingleton<ISpotifyTopItemsReader>(TopItems);
        services.AddSingleton<ISpotifyRecentlyPlayedReader>(RecentlyPlayed);
        services.AddSingleton<ISpotifyPlaylistWriter>(Playlists);
        services.AddSingleton<ISpotifyReadCache>(ReadCache);
        services.AddSingleton<IUserResultCache>(ResultCache);
        services.AddSingleton<IRankHistoryStore>(RankHistory);
        services.AddSingleton<IRankSnapshotRecorder>(RankHistory);
        services.AddSingleton<ISpotifyLinkRemover>(LinkRemover);
        services.AddSingleton<IPlaylistExportStore>(PlaylistExports);
        services.AddSingleton<IUnitOfWork>(UnitOfWork);
        services.AddSingleton<ISiteAccountStore>(SiteAccounts);
        services.AddSingleton<IPasswordVerifier>(Passwords);
        services.AddSingleton<IListeningHistoryReader>(ListeningHistory);
        services.AddSingleton<IUserPreferencesStore>(Preferences);
        services.AddSingleton<IListeningHistoryStore>(ListeningHistoryStore);
        services.AddSingleton<ICollectorScheduleStore>(CollectorSchedule);
        services.AddSingleton<ISpotifyPlaysReader>(Plays);
        services.AddSingleton<ISpotifyCallAllowance>(CallAllowance);
        services.AddSingleton(Policy);
        services.AddSingleton<IImportJobStore>(ImportJobs);
        services.AddSingleton<IImportUploadStore>(ImportUploads);
        services.AddSingleton<IImportScheduler>(ImportScheduler);
        services.AddSingleton<IDataExportReader>(DataExportReader);
        services.AddSingleton<IImportedPlayStore>(ImportedPlays);
        configure?.Invoke(services);
        _provider = services.BuildServiceProvider(new ServiceProviderOptions { ValidateScopes = true, ValidateOnBuild = true });
        _scope = _provider.CreateAsyncScope();
        Logs = _provider.GetFakeLogCollector();
    }

    public FakeTimeProvider Time { get; } = new(Start);

    public FakeCurrentUser CurrentUser { get; } = new();

    public FakePendingAuthorizationStore PendingAuthorizations { get; } = new();

    public FakeSpotifyAccountsService Accounts { get; } = new();

    public FakeSpotifyProfileReader Profiles { get; } = new();

    public FakeSpotifyLinkStore Links { get; } = new();

    public FakeSpotifyTopItemsReader TopItems { get; } = new();

    public FakeSpotifyRecentlyPlayedReader RecentlyPlayed { get; } = new();

    public FakeSpotifyPlaylistWriter Playlists { get; } = new();

    public FakeSpotifyReadCache ReadCache { get; }

    public FakeRankHistoryStore RankHistory { get; } = new();

    public FakeSpotifyLinkRemover LinkRemover { get; }

    public FakePlaylistExportStore PlaylistExports { get; } = new();

    public FakeUnitOfWork UnitOfWork { get; } = new();

    public FakeImportJobStore ImportJobs { get; } = new();

    public FakeImportUploadStore ImportUploads { get; } = new();

    public FakeImportScheduler ImportScheduler { get; } = new();

    public FakeDataExportReader DataExportReader { get; } = new();

    public FakeImportedPlayStore ImportedPlays { get; } = new();

    public FakeSiteAccountStore SiteAccounts { get; }

    public FakePasswordVerifier Passwords { get; } = new();

    public FakeListeningHistoryReader ListeningHistory { get; } = new();

    public FakeUserResultCache ResultCache { get; } = new();

    public FakeUserPreferencesStore Preferences { get; } = new();

    public FakeListeningHistoryStore ListeningHistoryStore { get; } = new();

    public FakeCollectorScheduleStore CollectorSchedule { get; } = new();

    public FakeSpotifyPlaysReader Plays { get; } = new();

    public FakeSpotifyCallAllowance CallAllowance { get; } = new();

    public CollectorPolicy Policy { get; } = new(TimeSpan.FromMinutes(2), TimeSpan.FromMinutes(20), 0.5);

    public FakeLogCollector Logs { get; }

    /// <summary>Services of the one request scope this host stands for.</summary>
    public IServiceProvider Services => _scope.ServiceProvider;

    public ISender Sender => Services.GetRequiredService<ISender>();

    public async ValueTask DisposeAsync()
    {
        await _scope.DisposeAsync();
        await _provider.DisposeAsync();
    }
}
