namespace CleanSpotify.Application.Common.Behaviors;

/// <summary>
/// A message only a signed-in user may send. <see cref="AuthenticationBehavior{TMessage, TResponse}"/> answers
/// <see cref="ErrorKind.Unauthenticated"/> before its validators and handler run, so the handler reads
/// <see cref="ICurrentUser.RequiredId"/> and never checks for an anonymous caller itself.
/// </summary>
public interface ISignedInRequest;

/// <summary>Between logging and validation: an anonymous caller of an <see cref="ISignedInRequest"/> gets no further.</summary>
public sealed class AuthenticationBehavior<TMessage, TResponse>(ICurrentUser currentUser)
    : IPipelineBehavior<TMessage, TResponse>
    where TMessage : IMessage, ISignedInRequest
    where TResponse : IResult, IFailureFactory<TResponse>
{
    public ValueTask<TResponse> Handle(
        TMessage message,
        MessageHandlerDelegate<TMessage, TResponse> next,
        CancellationToken cancellationToken) =>
        currentUser.Id is null
            ? ValueTask.FromResult(TResponse.Failure(Error.Unauthenticated()))
            : next(message, cancellationToken);
}
