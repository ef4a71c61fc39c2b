namespace CleanSpotify.Application.Common.Behaviors;

/// <summary>
/// Innermost behavior: runs the message's validators and, when any rule fails, returns a
/// <see cref="ErrorKind.Validation"/> failure without calling the handler. Invalid input is expected, not exceptional.
/// </summary>
public sealed class ValidationBehavior<TMessage, TResponse>(IEnumerable<IValidator<TMessage>> validators)
    : IPipelineBehavior<TMessage, TResponse>
    where TMessage : IMessage
    where TResponse : IResult, IFailureFactory<TResponse>
{
    public async ValueTask<TResponse> Handle(
        TMessage message,
        MessageHandlerDelegate<TMessage, TResponse> next,
        CancellationToken cancellationToken)
    {
        var failures = new List<FluentValidation.Results.ValidationFailure>();
        foreach (var validator in validators)
        {
            var outcome = await validator.ValidateAsync(message, cancellationToken);
            failures.AddRange(outcome.Errors);
        }

        if (failures.Count == 0)
        {
            return await next(message, cancellationToken);
        }

        var fieldErrors = failures
            .GroupBy(f => f.PropertyName, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Select(f => f.ErrorMessage).Distinct(StringComparer.Ordinal).ToArray(), StringComparer.Ordinal);
        return TResponse.Failure(Error.Validation("validation.failed", failures[0].ErrorMessage, fieldErrors));
    }
}
