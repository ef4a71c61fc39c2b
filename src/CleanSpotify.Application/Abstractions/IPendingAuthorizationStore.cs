using CleanSpotify.Domain.Links;

namespace CleanSpotify.Application.Abstractions;

/// <summary>Port: started links waiting for Spotify's callback.</summary>
public interface IPendingAuthorizationStore
{
    Task AddAsync(PendingAuthorization pending, CancellationToken cancellationToken);

    /// <summary>
    /// Removes and returns the pending authorization with this state for this user, or null when there is none
    /// (forged, already used, or someone else's). At most one caller ever gets a given state back.
    /// </summary>
    Task<PendingAuthorization?> TakeAsync(string state, string appUserId, CancellationToken cancellationToken);
}
