using CleanSpotify.Domain.Links;

namespace CleanSpotify.Application.Abstractions;

/// <summary>Port: started links waiting for Spotify's callback.</summary>
public interface IPendingAuthorizationStore
{
    /// <summary>
    /// Saves a started link. Keeps at most <see cref="PendingAuthorization.MaxPerUser"/> per user, the new one
    /// included, by dropping that user's oldest; drops every user's expired ones.
    /// </summary>
    Task AddAsync(PendingAuthorization pending, CancellationToken cancellationToken);

    /// <summary>
    /// Removes and returns the pending authorization with this state for this user, or null when there is none
    /// (forged, already used, or someone else's). At most one caller ever gets a given state back.
    /// </summary>
    Task<PendingAuthorization?> TakeAsync(string state, string appUserId, CancellationToken cancellationToken);

    /// <summary>When each of the user's waiting link attempts started and expires, oldest first; never a state or verifier.</summary>
    Task<IReadOnlyList<PendingAuthorizationInfo>> ListForUserAsync(string appUserId, CancellationToken cancellationToken);

    Task DeleteForUserAsync(string appUserId, CancellationToken cancellationToken);
}
