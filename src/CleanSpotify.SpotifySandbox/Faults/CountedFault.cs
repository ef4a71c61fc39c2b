namespace CleanSpotify.SpotifySandbox.Faults;

/// <summary>A fault for the next <see cref="Remaining"/> calls of one listener, or of everyone when the key is null.</summary>
internal sealed class CountedFault(ApiFault fault, int remaining, string? listenerKey)
{
    public ApiFault Fault { get; } = fault;

    public int Remaining { get; set; } = remaining;

    public string? ListenerKey { get; } = listenerKey;
}
