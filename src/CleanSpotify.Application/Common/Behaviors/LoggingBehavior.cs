using System.Diagnostics;
using Microsoft.Extensions.Logging;

namespace CleanSpotify.Application.Common.Behaviors;

/// <summary>
/// Outermost behavior: logs which use case ran, how long it took and how it ended. Never logs the message itself,
/// which can carry authorization codes. An unexpected exception is logged once, marked as logged and rethrown;
/// expected failures are <see cref="Result"/> values and are logged at Information. Success is logged at Debug: a page
/// runs up to three use cases, and writing them all at Information cost a fifth of a cached page's CPU (issue 15's
/// profile); durations are in the request metrics either way. Cancellation is not logged.
/// </summary>
public sealed partial class LoggingBehavior<TMessage, TResponse>(ILogger<LoggingBehavior<TMessage, TResponse>> logger)
    : IPipelineBehavior<TMessage, TResponse>
    where TMessage : IMessage
    where TResponse : IResult
{
    public async ValueTask<TResponse> Handle(
        TMessage message,
        MessageHandlerDelegate<TMessage, TResponse> next,
        CancellationToken cancellationToken)
    {
        var started = Stopwatch.GetTimestamp();
        TResponse response;
        try
        {
            response = await next(message, cancellationToken);
        }
        catch (Exception exception) when (exception is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            LogUnhandled(logger, exception, typeof(TMessage).Name);
            LoggedExceptions.Mark(exception);
            throw;
        }

        var elapsed = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
        var error = response.Error;
        if (error is null)
        {
            LogSucceeded(logger, typeof(TMessage).Name, elapsed);
        }
        else
        {
            LogFailed(logger, typeof(TMessage).Name, elapsed, error.Kind, error.Code);
        }

        return response;
    }

    [LoggerMessage(EventId = 1000, Level = LogLevel.Debug, Message = "{UseCase} succeeded in {ElapsedMs:0.0} ms")]
    private static partial void LogSucceeded(ILogger logger, string useCase, double elapsedMs);

    [LoggerMessage(EventId = 1001, Level = LogLevel.Information, Message = "{UseCase} ended with {ErrorKind} ({ErrorCode}) in {ElapsedMs:0.0} ms")]
    private static partial void LogFailed(ILogger logger, string useCase, double elapsedMs, ErrorKind errorKind, string errorCode);

    [LoggerMessage(EventId = 1002, Level = LogLevel.Error, Message = "{UseCase} failed with an unexpected exception")]
    private static partial void LogUnhandled(ILogger logger, Exception exception, string useCase);
}
