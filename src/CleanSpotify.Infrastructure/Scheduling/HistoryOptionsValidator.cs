using Microsoft.Extensions.Options;

namespace CleanSpotify.Infrastructure.Scheduling;

/// <summary>Start-up checks of the <c>History</c> section: one sentence per problem, naming the key and what it accepts.</summary>
internal sealed class HistoryOptionsValidator : IValidateOptions<HistoryOptions>
{
    private static readonly TimeSpan OneSecond = TimeSpan.FromSeconds(1);

    public ValidateOptionsResult Validate(string? name, HistoryOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var failures = new List<string>();
        if (options.MinPollInterval < OneSecond)
        {
            failures.Add($"History:MinPollInterval must be at least 00:00:01; \"{options.MinPollInterval}\" is not.");
        }

        if (options.PollInterval < options.MinPollInterval)
        {
            failures.Add($"History:PollInterval must be at least History:MinPollInterval ({options.MinPollInterval}); \"{options.PollInterval}\" is not.");
        }

        if (options.SweepInterval < OneSecond)
        {
            failures.Add($"History:SweepInterval must be at least 00:00:01; \"{options.SweepInterval}\" is not.");
        }

        if (options.ClusterCheckinInterval < OneSecond)
        {
            failures.Add($"History:ClusterCheckinInterval must be at least 00:00:01; \"{options.ClusterCheckinInterval}\" is not.");
        }

        if (!(options.MaxBudgetShare > 0 && options.MaxBudgetShare <= 1))
        {
            failures.Add($"History:MaxBudgetShare must be more than 0 and at most 1 (a share of each user's Spotify call budget); \"{options.MaxBudgetShare}\" is not.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
