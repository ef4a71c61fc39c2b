using CleanSpotify.Application.Collector.TakeRankSnapshots;
using Mediator;
using Quartz;

namespace CleanSpotify.Infrastructure.Scheduling;

/// <summary>The daily rank snapshots' sweep as a Quartz job: never run twice at once, across the whole cluster.</summary>
[DisallowConcurrentExecution]
internal sealed class TakeRankSnapshotsJob(ISender sender) : IJob
{
    public static readonly JobKey Key = new("take-rank-snapshots", "history");

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken) =>
        await sender.Send(new TakeRankSnapshotsCommand(), cancellationToken);
}
