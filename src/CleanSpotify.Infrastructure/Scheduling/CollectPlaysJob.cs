using CleanSpotify.Application.Collector.CollectPlays;
using Mediator;
using Quartz;

namespace CleanSpotify.Infrastructure.Scheduling;

/// <summary>The collector's sweep as a Quartz job: never run twice at once, across the whole cluster.</summary>
[DisallowConcurrentExecution]
internal sealed class CollectPlaysJob(ISender sender) : IJob
{
    public static readonly JobKey Key = new("collect-plays", "history");

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken) =>
        await sender.Send(new CollectPlaysCommand(), cancellationToken);
}
