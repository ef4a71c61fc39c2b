using CleanSpotify.SpotifySandbox;

namespace CleanSpotify.Benchmarks.Scenarios;

/// <summary>The sandbox's counters at one moment; subtract two to get what a scenario cost at "Spotify".</summary>
internal readonly record struct SandboxCounters(int ApiCalls, int TokenRequests, int RefreshRequests, int CodeExchanges)
{
    public static SandboxCounters Read(SandboxState state)
    {
        ArgumentNullException.ThrowIfNull(state);
        return new(
            state.ApiCallCount,
            state.TokenRequestCount,
            state.CountTokenRequests("refresh_token"),
            state.CountTokenRequests("authorization_code"));
    }

    /// <summary>What happened between <paramref name="before"/> and this reading.</summary>
    public SandboxCounters Since(SandboxCounters before) => new(
        ApiCalls - before.ApiCalls,
        TokenRequests - before.TokenRequests,
        RefreshRequests - before.RefreshRequests,
        CodeExchanges - before.CodeExchanges);
}
