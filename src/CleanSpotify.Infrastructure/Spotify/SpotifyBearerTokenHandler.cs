using System.Net;
using System.Net.Http.Headers;
using Microsoft.Extensions.DependencyInjection;

namespace CleanSpotify.Infrastructure.Spotify;

/// <summary>
/// Attaches the token of the app user named on each request (<see cref="SpotifyRequestOptions.AppUserIdKey"/>),
/// resolved in a fresh scope per request: handlers are pooled and shared by all users, so nothing user-specific
/// may live in the handler or its scope. A 401 on a token believed valid gets one forced refresh and one resend, once
/// per logical call (<see cref="SpotifyRequestOptions.TokenRenewedKey"/>), whatever the resilience pipeline retries.
/// A request naming no user passes through only with its own Authorization header (the profile read right after the
/// code exchange, before any link exists).
/// </summary>
internal sealed class SpotifyBearerTokenHandler(IServiceScopeFactory scopeFactory) : DelegatingHandler
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        if (!request.Options.TryGetValue(SpotifyRequestOptions.AppUserIdKey, out var appUserId) || string.IsNullOrEmpty(appUserId))
        {
            return request.Headers.Authorization is not null
                ? await base.SendAsync(request, cancellationToken)
                : throw new InvalidOperationException("A Spotify Web API request must name the app user it is made for, or carry its own token.");
        }

        await using var scope = scopeFactory.CreateAsyncScope();
        var tokens = scope.ServiceProvider.GetRequiredService<SpotifyTokenService>();

        var token = await tokens.GetAccessTokenAsync(appUserId, null, cancellationToken);
        if (!token.IsSuccess)
        {
            throw new SpotifyCallRefusedException(token.Error);
        }

        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token.Value);
        var response = await base.SendAsync(request, cancellationToken);
        if (response.StatusCode != HttpStatusCode.Unauthorized
            || (request.Options.TryGetValue(SpotifyRequestOptions.TokenRenewedKey, out var renewed) && renewed))
        {
            return response;
        }

        response.Dispose();
        request.Options.Set(SpotifyRequestOptions.TokenRenewedKey, true);
        var retryToken = await tokens.GetAccessTokenAsync(appUserId, token.Value, cancellationToken);
        if (!retryToken.IsSuccess)
        {
            throw new SpotifyCallRefusedException(retryToken.Error);
        }

        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", retryToken.Value);
        return await base.SendAsync(request, cancellationToken);
    }
}
