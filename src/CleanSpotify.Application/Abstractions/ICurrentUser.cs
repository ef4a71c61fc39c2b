namespace CleanSpotify.Application.Abstractions;

/// <summary>Who is calling: the signed-in app user's id, or null for an anonymous visitor.</summary>
public interface ICurrentUser
{
    string? Id { get; }

    /// <summary>
    /// The id in a handler of a signed-in message (<see cref="Common.Behaviors.ISignedInRequest"/>), whose pipeline has
    /// already turned an anonymous caller away; reaching it without one is a wiring bug, so it throws.
    /// </summary>
    string RequiredId => Id ?? throw new InvalidOperationException(
        "No signed-in user: the message does not implement ISignedInRequest, or it ran outside the mediator pipeline.");
}
