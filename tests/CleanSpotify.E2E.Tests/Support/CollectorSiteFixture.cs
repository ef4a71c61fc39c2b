namespace CleanSpotify.E2E.Tests.Support;

/// <summary>
/// A site of its own with the collector on short intervals, so a test sees plays arrive within seconds; the shared
/// site keeps the default intervals, so its tests see Spotify calls only from what their pages do.
/// </summary>
public sealed class CollectorSiteFixture : BrowserSiteFixture
{
    protected override IReadOnlyDictionary<string, string> SiteSettings { get; } = new Dictionary<string, string>
    {
        ["History:SweepInterval"] = "00:00:01",
        ["History:MinPollInterval"] = "00:00:02",
        ["History:PollInterval"] = "00:00:20",
    };
}

/// <summary>Browser tests that need the collector on short intervals (<see cref="CollectorSiteFixture"/>).</summary>
[CollectionDefinition(Name)]
public sealed class CollectorCollectionDefinition : ICollectionFixture<CollectorSiteFixture>
{
    public const string Name = "Browser with a fast collector";
}
