using CleanSpotify.Application.Abstractions;
using CleanSpotify.Infrastructure.Telemetry;

namespace CleanSpotify.Infrastructure.Spotify;

/// <summary>
/// Draws every Web API call made for a user from that user's <see cref="SpotifyCallBudget"/>; a user whose budget is
/// spent gets <see cref="SpotifyFailures.BudgetSpent"/> without anything reaching Spotify, so the app-wide cool-down that a
/// Spotify 429 starts is never caused by one user. Requests that name no user (the profile read during linking)
/// pass through.
/// </summary>
internal sealed class SpotifyCallBudgetHandler(SpotifyCallBudget budget, CleanSpotifyMetrics metrics) : DelegatingHandler
{
    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        if (request.Options.TryGetValue(SpotifyRequestOptions.AppUserIdKey, out var appUserId)
            && !string.IsNullOrEmpty(appUserId)
            && !budget.TryTake(appUserId, out var retryAt))
        {
            metrics.RateLimited(CleanSpotifyMetrics.RateLimitReason.UserBudgetSpent);
            throw new SpotifyCallRefusedException(SpotifyFailures.BudgetSpent(retryAt));
        }

        return base.SendAsync(request, cancellationToken);
    }
}
