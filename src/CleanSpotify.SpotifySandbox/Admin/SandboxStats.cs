using CleanSpotify.SpotifySandbox.Faults;

namespace CleanSpotify.SpotifySandbox.Admin;

/// <summary><c>GET /sandbox/control/stats</c>. Holds no token, code or secret.</summary>
internal sealed record SandboxStats(
    int TokenRequests,
    IReadOnlyDictionary<string, int> TokenRequestsByGrantType,
    int ApiCalls,
    IReadOnlyDictionary<string, int> ApiCallsByStatus,
    IReadOnlyList<ListenerStats> Listeners,
    FaultSnapshot Faults)
{
    public static SandboxStats From(SandboxState state)
    {
        return new SandboxStats(
            state.TokenRequestCount,
            new Dictionary<string, int>(StringComparer.Ordinal)
            {
                ["authorization_code"] = state.CountTokenRequests("authorization_code"),
                ["refresh_token"] = state.CountTokenRequests("refresh_token"),
            },
            state.ApiCallCount,
            state.CountApiCallsByStatus().ToDictionary(
                p => p.Key.ToString(System.Globalization.CultureInfo.InvariantCulture), p => p.Value, StringComparer.Ordinal),
            state.Listeners.Select(l => new ListenerStats(
                l.Key, l.AccountId, l.UserId, l.DisplayName, state.CountApiCalls(l.Key), state.GetPlaylists(l.Key).Count)).ToArray(),
            state.Faults.Snapshot());
    }
}

internal sealed record ListenerStats(string Key, string AccountId, string UserId, string DisplayName, int ApiCalls, int Playlists);
