namespace CleanSpotify.SpotifySandbox;

/// <summary>How the sandbox's single registered app, its tokens and its call log behave.</summary>
public sealed class SandboxOptions
{
    public const string SectionName = "Sandbox";

    public string ClientId { get; set; } = "cleanspotify-sandbox";

    public string ClientSecret { get; set; } = "cleanspotify-sandbox-secret";

    /// <summary>Registered redirect URIs. A loopback IP literal registered without a port matches any port.</summary>
    public IList<string> RedirectUris { get; } = new List<string> { "http://127.0.0.1/spotify/callback" };

    public TimeSpan AuthorizationCodeLifetime { get; set; } = TimeSpan.FromMinutes(10);

    public TimeSpan AccessTokenLifetime { get; set; } = TimeSpan.FromHours(1);

    /// <summary>Counted from the original authorization; refreshing does not extend it (2026 rule).</summary>
    public TimeSpan RefreshTokenLifetime { get; set; } = TimeSpan.FromDays(183);

    public RefreshTokenMode RefreshTokenMode { get; set; } = RefreshTokenMode.NoRotation;

    public bool EnableControlEndpoint { get; set; } = true;

    /// <summary>How many of the latest <c>/v1</c> calls <see cref="SandboxState.ApiCalls"/> keeps; counters count them all.</summary>
    public int ApiCallLogSize { get; set; } = 10_000;

    /// <summary>Scales every listener's pace: 10 means plays come ten times as often. Greater than 0.</summary>
    public double ListeningPace { get; set; } = 1.0;

    /// <summary>Refuses settings the sandbox cannot run with, before it starts.</summary>
    internal void Validate()
    {
        if (ApiCallLogSize < 1)
        {
            throw new ArgumentOutOfRangeException(
                nameof(ApiCallLogSize), ApiCallLogSize, $"{SectionName}:{nameof(ApiCallLogSize)} must be at least 1.");
        }

        if (!(ListeningPace > 0) || double.IsInfinity(ListeningPace))
        {
            throw new ArgumentOutOfRangeException(
                nameof(ListeningPace), ListeningPace, $"{SectionName}:{nameof(ListeningPace)} must be a number greater than 0.");
        }
    }
}
