using System.Diagnostics;
using Microsoft.Extensions.Logging;

namespace CleanSpotify.Application.Common.Behaviors;

/// <summary>
/// Outermost behavior: logs which use case ran, how long it took and how it ended. Never logs the message itself,
/// which can carry authorization codes.
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
        var response = await next(message, cancellationToken);
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

    [LoggerMessage(EventId = 1000, Level = LogLevel.Information, Message = "{UseCase} succeeded in {ElapsedMs:0.0} ms")]
    private static partial void LogSucceeded(ILogger logger, string useCase, double elapsedMs);

    [LoggerMessage(EventId = 1001, Level = LogLevel.Information, Message = "{UseCase} ended with {ErrorKind} ({ErrorCode}) in {ElapsedMs:0.0} ms")]
    private static partial void LogFailed(ILogger logger, string useCase, double elapsedMs, ErrorKind errorKind, string errorCode);
}
