namespace CleanSpotify.Infrastructure.Spotify;

/// <summary>
/// The one tunable of <see cref="SpotifyResiliencePipeline"/>: the base of its jittered backoff. Not read from
/// configuration; tests whose clock only moves when told set it to zero.
/// </summary>
internal sealed class SpotifyResilienceOptions
{
    public TimeSpan RetryDelay { get; set; } = TimeSpan.FromMilliseconds(300);
}
