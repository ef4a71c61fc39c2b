using CleanSpotify.Application.Abstractions;
using Microsoft.Extensions.Options;

namespace CleanSpotify.Infrastructure.Spotify;

/// <summary>Adapter for <see cref="ISpotifyCallAllowance"/>: reads the same cool-down and per-user budget that every Web API call goes through.</summary>
internal sealed class SpotifyCallAllowance(SpotifyCooldown cooldown, SpotifyCallBudget budget, IOptions<SpotifyCallBudgetOptions> options)
    : ISpotifyCallAllowance
{
    public DateTimeOffset? CooldownUntil => cooldown.ActiveUntil;

    public bool HasShareLeft(string appUserId, double share) =>
        budget.CallsInWindow(appUserId) < share * options.Value.SpotifyCallsPerUserPerMinute;
}
