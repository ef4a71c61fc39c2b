using Mediator;
using Quartz;

namespace CleanSpotify.Infrastructure.Scheduling;

/// <summary>A background sweep as a Quartz job: sends <typeparamref name="TCommand"/>, never twice at once across the whole cluster.</summary>
[DisallowConcurrentExecution]
internal sealed class SweepJob<TCommand>(ISender sender) : IJob
    where TCommand : IBaseCommand, new()
{
    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken) =>
        await sender.Send(new TCommand(), cancellationToken);
}
