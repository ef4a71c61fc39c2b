using System.Threading.Channels;
using CleanSpotify.Application.Abstractions;

namespace CleanSpotify.Infrastructure.Import;

/// <summary>Adapter for <see cref="IImportScheduler"/>: a bounded channel the <see cref="ImportWorker"/> reads.</summary>
internal sealed class ImportScheduler : IImportScheduler
{
    /// <summary>Jobs waiting at most; one per user, so more than this means the instance is far behind.</summary>
    public const int Capacity = 1000;

    private readonly Channel<Guid> _jobs = Channel.CreateBounded<Guid>(new BoundedChannelOptions(Capacity) { SingleReader = true });

    public ChannelReader<Guid> Reader => _jobs.Reader;

    public bool TryEnqueue(Guid jobId) => _jobs.Writer.TryWrite(jobId);
}
