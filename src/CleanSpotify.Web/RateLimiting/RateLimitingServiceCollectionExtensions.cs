using System.Globalization;
using System.Security.Claims;
using System.Threading.RateLimiting;
using Microsoft.Extensions.Options;

namespace CleanSpotify.Web.RateLimiting;

/// <summary>
/// The site's rate limits. The limiter runs after authentication, so that limits on signed-in features are kept per
/// user: one user (or an anonymous script) can never use up another user's allowance. Anonymous requests are kept in
/// buckets of their own, per client address, and never share one with a signed-in user.
/// </summary>
public static class RateLimitingServiceCollectionExtensions
{
    public static IServiceCollection AddCleanSpotifyRateLimits(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<RateLimitOptions>()
            .Configure(options =>
            {
                options.SignInPermitsPerMinute = configuration.GetValue("SignIn:PermitsPerMinute", options.SignInPermitsPerMinute);
                options.RefreshPermitsPerMinute = configuration.GetValue("Refresh:PermitsPerMinute", options.RefreshPermitsPerMinute);
                options.ActionsPerUserPerMinute = configuration.GetValue("RateLimits:ActionsPerUserPerMinute", options.ActionsPerUserPerMinute);
            })
            .ValidateDataAnnotations()
            .ValidateOnStart();

        services.AddRateLimiter(options =>
        {
            options.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            options.OnRejected = (context, _) =>
            {
                if (context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter))
                {
                    context.HttpContext.Response.Headers.RetryAfter =
                        Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
                }

                return ValueTask.CompletedTask;
            };
            options.AddPolicy(RateLimitPolicies.SignIn, context =>
                PerMinute(ClientAddress.PartitionKey(context.Connection.RemoteIpAddress), Limits(context).SignInPermitsPerMinute));
            options.AddPolicy(RateLimitPolicies.Refresh, context => PerMinute(UserKey(context), Limits(context).RefreshPermitsPerMinute));
            options.AddPolicy(RateLimitPolicies.UserActions, context => PerMinute(UserKey(context), Limits(context).ActionsPerUserPerMinute));
        });
        return services;
    }

    private static RateLimitOptions Limits(HttpContext context) =>
        context.RequestServices.GetRequiredService<IOptions<RateLimitOptions>>().Value;

    /// <summary>The signed-in user, or, for anonymous requests, a bucket per client address that no user shares.</summary>
    private static string UserKey(HttpContext context) =>
        context.User.FindFirstValue(ClaimTypes.NameIdentifier) is { Length: > 0 } userId
            ? $"user:{userId}"
            : $"anonymous:{ClientAddress.PartitionKey(context.Connection.RemoteIpAddress)}";

    private static RateLimitPartition<string> PerMinute(string key, int permits) =>
        RateLimitPartition.GetFixedWindowLimiter(
            key,
            _ => new FixedWindowRateLimiterOptions { PermitLimit = permits, Window = TimeSpan.FromMinutes(1), QueueLimit = 0 });
}
