namespace CleanSpotify.Application.Listening;

/// <summary>How a top list of stored plays is ranked.</summary>
public enum PlayedItemOrder
{
    /// <summary>By streams (plays of at least <see cref="ListeningRules.StreamThresholdMs"/>), then time listened.</summary>
    Streams = 1,

    /// <summary>By time listened (all milliseconds played), then streams.</summary>
    Time = 2,
}
