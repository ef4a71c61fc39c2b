using CleanSpotify.Application.Collector.CollectPlays;
using CleanSpotify.Application.Collector.TakeRankSnapshots;
using CleanSpotify.Infrastructure.Persistence;
using Mediator;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using Quartz;

namespace CleanSpotify.Infrastructure.Scheduling;

internal static class SchedulingServiceCollectionExtensions
{
    /// <summary>The scheduler's name: the same on every instance, which is what makes them one cluster.</summary>
    public const string SchedulerName = "CleanSpotify";

    /// <summary>
    /// The collector's policy and, unless <c>History:Enabled</c> is false, Quartz with its job store in the app's
    /// database (tables from the app's migrations): clustered on PostgreSQL, one scheduler per file on SQLite (Quartz
    /// refuses to cluster on SQLite). Two sweeps run every <c>History:SweepInterval</c>: plays, and rank snapshots.
    /// </summary>
    public static IServiceCollection AddBackgroundCollection(this IServiceCollection services, IConfiguration configuration)
    {
        var history = services.AddValidatedNow<HistoryOptions>(
            options => configuration.GetSection(HistoryOptions.SectionName).Bind(options), new HistoryOptionsValidator());
        services.AddSingleton(provider => provider.GetRequiredService<IOptions<HistoryOptions>>().Value.ToPolicy());
        if (!history.Enabled)
        {
            return services;
        }

        var database = new DatabaseOptions();
        database.Bind(configuration);
        services.AddQuartz(quartz =>
        {
            // Quartz keeps time with the app's TimeProvider. Tests that fake the clock therefore run the sweeps
            // themselves (History:Enabled false) or keep the site on real time: a clock that stands still never fires.
            quartz.ConfigureScheduler(scheduler => scheduler.InstanceName = SchedulerName);
            quartz.UsePersistentStore(store =>
            {
                store.UseSystemTextJsonSerializer();
                if (database.Provider == DatabaseProvider.Postgres)
                {
                    store.UsePostgres(database.ConnectionString!);
                    store.UseClustering(cluster =>
                    {
                        cluster.CheckinInterval = history.ClusterCheckinInterval;
                        cluster.CheckinMisfireThreshold = history.ClusterCheckinInterval;
                    });
                }
                else
                {
                    store.UseSqlite(source => source.DataSourceFactory = provider => SqliteFactory.Instance.CreateDataSource(
                        database.SqliteConnectionString(provider.GetRequiredService<IHostEnvironment>().ContentRootPath)));
                }
            });
            ScheduleSweep<CollectPlaysCommand>(quartz, new JobKey("collect-plays", "history"), history.SweepInterval);
            ScheduleSweep<TakeRankSnapshotsCommand>(quartz, new JobKey("take-rank-snapshots", "history"), history.SweepInterval);
        });
        services.AddQuartzHostedService(options => options.WaitForJobsToComplete = true);
        return services;
    }

    /// <summary>A sweep every <paramref name="interval"/>; after downtime it runs once, not once per missed interval.</summary>
    private static void ScheduleSweep<TCommand>(IQuartzBuilder quartz, JobKey key, TimeSpan interval)
        where TCommand : IBaseCommand, new() =>
        quartz.ScheduleJob<SweepJob<TCommand>>(
            trigger => trigger
                .WithIdentity(key.Name, key.Group)
                .StartNow()
                .WithSimpleSchedule(schedule => schedule
                    .WithInterval(interval)
                    .RepeatForever()
                    .WithMisfireInstruction(SimpleTriggerMisfireInstruction.NextWithRemainingCount)),
            job => job.WithIdentity(key));
}
