using System.Diagnostics;
using CleanSpotify.Application.Abstractions;
using CleanSpotify.Application.Common.Results;
using CleanSpotify.Application.Links;
using CleanSpotify.Domain.Links;
using CleanSpotify.Infrastructure.Persistence;
using CleanSpotify.Infrastructure.Telemetry;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace CleanSpotify.Infrastructure.Spotify;

/// <summary>
/// Per-user access tokens: load and decrypt, refresh before expiry (60 s skew), once per user at a time, keep the
/// refresh token when Spotify sends none, and on <c>invalid_grant</c> forget the tokens and ask for a reconnect.
/// The refresh gate makes one refresh per user at a time (across instances on PostgreSQL); should another writer
/// still save first (optimistic concurrency), its tokens are used instead of ours. Each refresh is
/// a span (<see cref="CleanSpotifyTracing.TokenRefreshSpan"/>) and counted by outcome.
/// </summary>
internal sealed partial class SpotifyTokenService(
    CleanSpotifyDbContext db,
    SpotifyTokenClient tokenClient,
    SpotifyRefreshGate gate,
    TimeProvider timeProvider,
    CleanSpotifyMetrics metrics,
    ILogger<SpotifyTokenService> logger)
{
    /// <summary>
    /// A usable access token for the user. <paramref name="rejectedAccessToken"/> is one Spotify just answered 401
    /// to: it is refreshed even if it looks valid, unless another request has replaced it already.
    /// </summary>
    public async Task<Result<string>> GetAccessTokenAsync(string appUserId, string? rejectedAccessToken, CancellationToken cancellationToken)
    {
        var link = await LoadAsync(appUserId, cancellationToken);
        if (UsableToken(link, rejectedAccessToken) is { } token)
        {
            return token;
        }

        if (link?.Tokens is null)
        {
            return link is null ? LinkErrors.NotLinked : LinkErrors.MustReconnect;
        }

        IAsyncDisposable held;
        try
        {
            held = await gate.EnterAsync(appUserId, cancellationToken);
        }
        catch (TimeoutException)
        {
            LogGateTimeout(logger, link.Id);
            return SpotifyFailures.Unreachable;
        }

        await using (held)
        {
            link = await LoadAsync(appUserId, cancellationToken);
            if (UsableToken(link, rejectedAccessToken) is { } refreshedMeanwhile)
            {
                return refreshedMeanwhile;
            }

            if (link?.Tokens is null)
            {
                return link is null ? LinkErrors.NotLinked : LinkErrors.MustReconnect;
            }

            return await RefreshAsync(link, link.Tokens.RefreshToken);
        }
    }

    /// <summary>
    /// Runs to the end even when the request that started it is cancelled (a page abandoned, a resilience attempt
    /// timing out): Spotify may already have issued the new tokens, and losing them would cost another token request
    /// or, with rotating refresh tokens, the link. The token client's own timeout bounds it.
    /// </summary>
    private async Task<Result<string>> RefreshAsync(SpotifyLink link, string refreshToken)
    {
        using var activity = CleanSpotifyTracing.Source.StartActivity(CleanSpotifyTracing.TokenRefreshSpan);
        var cancellationToken = CancellationToken.None;
        var outcome = await tokenClient.RefreshAsync(refreshToken, cancellationToken);
        if (outcome.Token is { } token)
        {
            var rotated = !string.IsNullOrEmpty(token.RefreshToken);
            var issuedAt = timeProvider.GetUtcNow();
            link.ApplyRefresh(token.AccessToken, token.RefreshToken, issuedAt.AddSeconds(token.ExpiresIn), issuedAt);
            var fresh = link.Tokens!;
            if (await TrySaveAsync(cancellationToken))
            {
                Record(activity, rotated ? CleanSpotifyMetrics.RefreshOutcome.Rotated : CleanSpotifyMetrics.RefreshOutcome.Refreshed);
                LogRefreshed(logger, link.Id, rotated);
                return token.AccessToken;
            }

            Record(activity, CleanSpotifyMetrics.RefreshOutcome.LostRace);
            return await WinnerTokenAsync(link.AppUserId, fresh, cancellationToken);
        }

        if (outcome.IsInvalidGrant)
        {
            link.MarkNeedsReconnect();
            if (await TrySaveAsync(cancellationToken))
            {
                Record(activity, CleanSpotifyMetrics.RefreshOutcome.InvalidGrant);
                metrics.ReconnectRequired();
                LogNeedsReconnect(logger, link.Id);
                return LinkErrors.MustReconnect;
            }

            Record(activity, CleanSpotifyMetrics.RefreshOutcome.LostRace);
            return await WinnerTokenAsync(link.AppUserId, null, cancellationToken);
        }

        Record(activity, CleanSpotifyMetrics.RefreshOutcome.Unavailable);
        activity?.SetStatus(ActivityStatusCode.Error);
        LogRefreshUnavailable(logger, link.Id, outcome.OAuthError ?? "no response");
        return SpotifyFailures.Unreachable;
    }

    private void Record(Activity? activity, string outcome)
    {
        metrics.TokenRefreshed(outcome);
        activity?.SetTag(CleanSpotifyMetrics.RefreshOutcomeTag, outcome);
    }

    /// <summary>
    /// Another instance changed the link while we refreshed: use what it saved. If it marked the link as needing a
    /// reconnect (its refresh token had been rotated away) while ours succeeded, our fresh tokens are the live ones
    /// and are put back.
    /// </summary>
    private async Task<Result<string>> WinnerTokenAsync(string appUserId, TokenSet? fresh, CancellationToken cancellationToken)
    {
        var winner = await LoadAsync(appUserId, cancellationToken);
        LogLostRace(logger, winner?.Id);
        if (UsableToken(winner, null) is { } token)
        {
            return token;
        }

        if (winner is { Status: LinkStatus.NeedsReconnect } && fresh is not null)
        {
            winner.RestoreTokens(fresh);
            if (await TrySaveAsync(cancellationToken))
            {
                return fresh.AccessToken;
            }
        }

        return winner?.Tokens is null ? LinkErrors.MustReconnect : SpotifyFailures.Unreachable;
    }

    private async Task<bool> TrySaveAsync(CancellationToken cancellationToken)
    {
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return true;
        }
        catch (DbUpdateConcurrencyException)
        {
            return false;
        }
    }

    private async Task<SpotifyLink?> LoadAsync(string appUserId, CancellationToken cancellationToken)
    {
        db.ChangeTracker.Clear();
        return await db.SpotifyLinks.SingleOrDefaultAsync(l => l.AppUserId == appUserId, cancellationToken);
    }

    private string? UsableToken(SpotifyLink? link, string? rejectedAccessToken) =>
        link is { Status: LinkStatus.Linked, Tokens: { } tokens }
        && !tokens.NeedsRefresh(timeProvider)
        && !string.Equals(tokens.AccessToken, rejectedAccessToken, StringComparison.Ordinal)
            ? tokens.AccessToken
            : null;

    [LoggerMessage(EventId = 2000, Level = LogLevel.Information, Message = "Refreshed the Spotify access token of link {LinkId} (new refresh token issued: {Rotated})")]
    private static partial void LogRefreshed(ILogger logger, Guid linkId, bool rotated);

    [LoggerMessage(EventId = 2001, Level = LogLevel.Warning, Message = "Spotify refused the refresh token of link {LinkId} (invalid_grant); the link now needs reconnecting")]
    private static partial void LogNeedsReconnect(ILogger logger, Guid linkId);

    [LoggerMessage(EventId = 2002, Level = LogLevel.Warning, Message = "Could not refresh the Spotify token of link {LinkId}: {Reason}")]
    private static partial void LogRefreshUnavailable(ILogger logger, Guid linkId, string reason);

    [LoggerMessage(EventId = 2004, Level = LogLevel.Warning, Message = "Another instance held the token refresh of link {LinkId} for too long; not refreshing now")]
    private static partial void LogGateTimeout(ILogger logger, Guid linkId);

    [LoggerMessage(EventId = 2003, Level = LogLevel.Information, Message = "Another instance updated link {LinkId} first; using its tokens")]
    private static partial void LogLostRace(ILogger logger, Guid? linkId);
}
