using System.Threading.Channels;
using CleanSpotify.Application.Abstractions;
using CleanSpotify.Domain.History;
using CleanSpotify.Domain.Tracks;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace CleanSpotify.Infrastructure.Persistence;

/// <summary>
/// Adapter for <see cref="IRankSnapshotRecorder"/>: pages wait in a bounded in-memory queue and are written by this
/// instance in the background, up to <see cref="BatchSize"/> in one transaction, so a cold page never waits for the
/// database's writer. A batch that fails is written again page by page, so one bad page loses only itself. Snapshots
/// are best effort: when the queue is full (the database far behind) a page is left out and logged; the daily
/// snapshot sweep takes the lists again. On shutdown the queue is written before the host stops.
/// </summary>
internal sealed partial class QueuedRankSnapshotRecorder(IServiceScopeFactory scopes, ILogger<QueuedRankSnapshotRecorder> logger)
    : BackgroundService, IRankSnapshotRecorder
{
    public const int Capacity = 10_000;

    public const int BatchSize = 100;

    private readonly Channel<RankSnapshotPage> _queue = Channel.CreateBounded<RankSnapshotPage>(
        new BoundedChannelOptions(Capacity) { SingleReader = true, FullMode = BoundedChannelFullMode.Wait });

    private readonly Lock _lock = new();
    private readonly List<(long Upto, TaskCompletionSource Done)> _flushes = [];
    private long _recorded;
    private long _finished;

    public void Record(RankSnapshotPage page)
    {
        ArgumentNullException.ThrowIfNull(page);
        lock (_lock)
        {
            _recorded++;
        }

        if (!_queue.Writer.TryWrite(page))
        {
            LogLeftOut(logger, page.Kind, page.Range);
            Finish(1);
        }
    }

    public Task FlushAsync(CancellationToken cancellationToken)
    {
        lock (_lock)
        {
            if (_finished >= _recorded)
            {
                return Task.CompletedTask;
            }

            var done = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            _flushes.Add((_recorded, done));
            return done.Task.WaitAsync(cancellationToken);
        }
    }

    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        // Pages already queued are written before the host stops; later ones are left out.
        _queue.Writer.TryComplete();
        await base.StopAsync(cancellationToken);
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var batch = new List<RankSnapshotPage>(BatchSize);

        // Not stoppingToken: the loop ends when StopAsync completes the queue and what it held is written.
        while (await _queue.Reader.WaitToReadAsync(CancellationToken.None))
        {
            while (batch.Count < BatchSize && _queue.Reader.TryRead(out var page))
            {
                batch.Add(page);
            }

            await WriteAsync(batch);
            Finish(batch.Count);
            batch.Clear();
        }
    }

    private async Task WriteAsync(List<RankSnapshotPage> batch)
    {
        try
        {
            await WriteInOneTransactionAsync(batch);
        }
        catch (Exception exception) when (exception is not OperationCanceledException && batch.Count > 1)
        {
            LogBatchFailed(logger, exception, batch.Count);
            foreach (var page in batch)
            {
                try
                {
                    await WriteInOneTransactionAsync([page]);
                }
                catch (Exception pageException) when (pageException is not OperationCanceledException)
                {
                    LogPageFailed(logger, pageException, page.Kind, page.Range);
                }
            }
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            LogPageFailed(logger, exception, batch[0].Kind, batch[0].Range);
        }
    }

    private async Task WriteInOneTransactionAsync(List<RankSnapshotPage> pages)
    {
        await using var scope = scopes.CreateAsyncScope();
        var store = scope.ServiceProvider.GetRequiredService<IRankHistoryStore>();
        await scope.ServiceProvider.GetRequiredService<IUnitOfWork>().InTransactionAsync(
            async token =>
            {
                foreach (var page in pages)
                {
                    await store.RecordAsync(page, token);
                }

                return pages.Count;
            },
            CancellationToken.None);
    }

    private void Finish(int pages)
    {
        lock (_lock)
        {
            _finished += pages;
            foreach (var flush in _flushes.Where(flush => flush.Upto <= _finished).ToArray())
            {
                flush.Done.TrySetResult();
                _flushes.Remove(flush);
            }
        }
    }

    [LoggerMessage(EventId = 3010, Level = LogLevel.Warning, Message = "A {Kind} {Range} rank snapshot page was left out: the snapshot queue is full or stopping")]
    private static partial void LogLeftOut(ILogger logger, TopListKind kind, TimeRange range);

    [LoggerMessage(EventId = 3011, Level = LogLevel.Warning, Message = "A batch of {Count} rank snapshot pages could not be written at once; writing them one by one")]
    private static partial void LogBatchFailed(ILogger logger, Exception exception, int count);

    [LoggerMessage(EventId = 3012, Level = LogLevel.Error, Message = "A {Kind} {Range} rank snapshot page could not be written")]
    private static partial void LogPageFailed(ILogger logger, Exception exception, TopListKind kind, TimeRange range);
}
