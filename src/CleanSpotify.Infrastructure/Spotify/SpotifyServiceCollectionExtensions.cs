using System.Net.Http.Headers;
using System.Text;
using CleanSpotify.Application.Abstractions;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Refit;

namespace CleanSpotify.Infrastructure.Spotify;

internal static class SpotifyServiceCollectionExtensions
{
    /// <summary>
    /// Validated Spotify options, the two Refit clients and their HTTP pipelines (the token endpoint: a timeout, no
    /// retry; the Web API: one resilience pipeline, the per-user call budget, the bearer token), and the adapters.
    /// </summary>
    public static IServiceCollection AddSpotify(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<SpotifyOptions>()
            .Bind(configuration.GetSection(SpotifyOptions.SectionName))
            .ValidateOnStart();
        services.AddSingleton<IValidateOptions<SpotifyOptions>, SpotifyOptionsValidator>();

        var refitSettings = new RefitSettings(new SystemTextJsonContentSerializer(SpotifyJson.Options));

        // The token endpoint: a timeout and no retry, as an authorization code is single-use.
        services.AddRefitGeneratedClient<ISpotifyAccountsApi>(refitSettings)
            .ConfigureHttpClient((provider, client) =>
            {
                var options = provider.GetRequiredService<IOptions<SpotifyOptions>>().Value;
                client.BaseAddress = new Uri(options.AccountsBaseUrl.TrimEnd('/'));
                client.Timeout = TimeSpan.FromSeconds(10);
                if (!string.IsNullOrEmpty(options.ClientSecret))
                {
                    client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue(
                        "Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes(
                            $"{Uri.EscapeDataString(options.ClientId!)}:{Uri.EscapeDataString(options.ClientSecret)}")));
                }
            })
            .RemoveAllLoggers()
            .AddLogger<SpotifyHttpLogger>();

        services.AddSingleton<SpotifyHttpLogger>();
        services.AddTransient<SpotifyBearerTokenHandler>();
        services.AddSingleton<SpotifyCooldown>();
        services.AddOptions<SpotifyResilienceOptions>();
        services.AddSingleton<SpotifyResiliencePipeline>();
        services.AddOptions<SpotifyCallBudgetOptions>()
            .Bind(configuration.GetSection(SpotifyCallBudgetOptions.SectionName))
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.AddSingleton<SpotifyCallBudget>();
        services.AddTransient<SpotifyCallBudgetHandler>();
        services.AddRefitGeneratedClient<ISpotifyWebApi>(refitSettings)
            .ConfigureHttpClient((provider, client) =>
            {
                client.BaseAddress = new Uri(provider.GetRequiredService<IOptions<SpotifyOptions>>().Value.ApiBaseUrl.TrimEnd('/'));
                client.Timeout = Timeout.InfiniteTimeSpan;
            })
            .RemoveAllLoggers()
            .AddLogger<SpotifyHttpLogger>()
            .AddSpotifyResilience()
            .AddSpotifyCallBudget()
            .AddSpotifyBearerToken();

        services.AddSingleton<SpotifyRefreshGate>();
        services.AddScoped<SpotifyTokenClient>();
        services.AddScoped<SpotifyTokenService>();
        services.AddScoped<ISpotifyAccountsService, SpotifyAccountsService>();
        services.AddScoped<ISpotifyProfileReader, SpotifyProfileReader>();
        services.AddScoped<ISpotifyTopItemsReader, SpotifyTopItemsReader>();
        services.AddScoped<ISpotifyRecentlyPlayedReader, SpotifyRecentlyPlayedReader>();
        services.AddScoped<ISpotifyPlaylistWriter, SpotifyPlaylistWriter>();
        services.AddScoped<ISpotifyPlaysReader, SpotifyPlaysReader>();
        services.AddSingleton<ISpotifyCallAllowance, SpotifyCallAllowance>();
        return services;
    }
}
