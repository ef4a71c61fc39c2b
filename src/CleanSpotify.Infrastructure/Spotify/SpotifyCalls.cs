using CleanSpotify.Application.Common.Results;
using Refit;

namespace CleanSpotify.Infrastructure.Spotify;

/// <summary>Runs one Web API call and turns whatever happens into a <see cref="Result{T}"/>.</summary>
internal static class SpotifyCalls
{
    public static async Task<Result<TOut>> SendAsync<TIn, TOut>(
        Func<Task<IApiResponse<TIn>>> call,
        Func<TIn, TOut> map,
        TimeProvider timeProvider,
        CancellationToken cancellationToken)
    {
        IApiResponse<TIn> response;
        try
        {
            response = await call();
        }
        catch (Exception exception) when (SpotifyErrors.IsTransportFailure(exception) && !cancellationToken.IsCancellationRequested)
        {
            return SpotifyErrors.FromException(exception);
        }

        using (response)
        {
            cancellationToken.ThrowIfCancellationRequested();
            return response.IsSuccessful && response.Content is { } content
                ? map(content)
                : SpotifyErrors.FromResponse(response, timeProvider);
        }
    }
}
