using CleanSpotify.Application.Common.Results;
using Mediator;
using Microsoft.Extensions.Logging;

namespace CleanSpotify.Application.Common.Behaviors;

/// <summary>
/// Logs an unexpected exception once, with the use case it came from, and rethrows it. Expected failures are
/// <see cref="Result"/> values and never get here. Cancellation is not an error and is not logged.
/// </summary>
public sealed partial class UnhandledExceptionBehavior<TMessage, TResponse>(ILogger<UnhandledExceptionBehavior<TMessage, TResponse>> logger)
    : IPipelineBehavior<TMessage, TResponse>
    where TMessage : IMessage
    where TResponse : IResult
{
    public async ValueTask<TResponse> Handle(
        TMessage message,
        MessageHandlerDelegate<TMessage, TResponse> next,
        CancellationToken cancellationToken)
    {
        try
        {
            return await next(message, cancellationToken);
        }
        catch (Exception exception) when (exception is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            LogUnhandled(logger, exception, typeof(TMessage).Name);
            LoggedExceptions.Mark(exception);
            throw;
        }
    }

    [LoggerMessage(EventId = 1002, Level = LogLevel.Error, Message = "{UseCase} failed with an unexpected exception")]
    private static partial void LogUnhandled(ILogger logger, Exception exception, string useCase);
}
