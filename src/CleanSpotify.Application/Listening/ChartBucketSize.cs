namespace CleanSpotify.Application.Listening;

/// <summary>How much time one bar of the time-listened chart covers.</summary>
public enum ChartBucketSize
{
    Day = 1,

    /// <summary>A week from Monday (ISO 8601).</summary>
    Week = 2,

    Month = 3,
}
