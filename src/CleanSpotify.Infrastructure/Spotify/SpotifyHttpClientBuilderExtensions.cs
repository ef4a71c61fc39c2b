using Microsoft.Extensions.DependencyInjection;

namespace CleanSpotify.Infrastructure.Spotify;

/// <summary>The HTTP pipeline verbs of the Spotify clients, so their order is written in one place.</summary>
internal static class SpotifyHttpClientBuilderExtensions
{
    /// <summary>Attaches each request's own user's token (see <see cref="SpotifyBearerTokenHandler"/>).</summary>
    public static IHttpClientBuilder AddSpotifyBearerToken(this IHttpClientBuilder builder) =>
        builder.AddHttpMessageHandler<SpotifyBearerTokenHandler>();

    /// <summary>Draws each call from its user's budget (see <see cref="SpotifyCallBudgetHandler"/>).</summary>
    public static IHttpClientBuilder AddSpotifyCallBudget(this IHttpClientBuilder builder) =>
        builder.AddHttpMessageHandler<SpotifyCallBudgetHandler>();

    /// <summary>
    /// The client's one resilience pipeline (see <see cref="SpotifyResiliencePipeline"/>). Added before the call budget
    /// and the bearer handler, so it is the outer handler: a call held back by the cool-down costs no budget, and every
    /// attempt gets a freshly resolved token.
    /// </summary>
    public static IHttpClientBuilder AddSpotifyResilience(this IHttpClientBuilder builder)
    {
        builder.AddResilienceHandler(SpotifyResiliencePipeline.Name, (pipeline, context) =>
            context.ServiceProvider.GetRequiredService<SpotifyResiliencePipeline>().Configure(pipeline));
        return builder;
    }
}
