using Microsoft.Playwright;

namespace CleanSpotify.E2E.Tests.Support;

/// <summary>The two widths every page is checked and photographed at.</summary>
public static class Viewports
{
    public static ViewportSize Desktop => new() { Width = 1280, Height = 800 };

    public static ViewportSize Phone => new() { Width = 360, Height = 740 };
}
