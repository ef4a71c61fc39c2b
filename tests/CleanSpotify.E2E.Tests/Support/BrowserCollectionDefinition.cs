namespace CleanSpotify.E2E.Tests.Support;

/// <summary>Every browser test shares one site, one sandbox and one Chromium (<see cref="BrowserSiteFixture"/>).</summary>
[CollectionDefinition(Name)]
public sealed class BrowserCollectionDefinition : ICollectionFixture<BrowserSiteFixture>
{
    public const string Name = "Browser";
}
