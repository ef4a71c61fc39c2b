using CleanSpotify.Benchmarks.Hosting;

namespace CleanSpotify.UnitTests.Benchmarks;

public sealed class SiteRuntimeSettingsTests
{
    [Fact]
    public void GcSettings_RuntimeConfigWithGcAndOtherSettings_ListsTheGcOnesByName()
    {
        const string json = """
            {
              "runtimeOptions": {
                "tfm": "net10.0",
                "configProperties": {
                  "System.GC.Server": false,
                  "System.Reflection.NullabilityInfoContext.IsSupported": true,
                  "System.GC.Gen0MaxBudget": 16777216,
                  "System.GC.LOHThreshold": 524288
                }
              }
            }
            """;

        SiteRuntimeSettings.GcSettings(json).Should().Equal(
            "System.GC.Gen0MaxBudget=16777216", "System.GC.LOHThreshold=524288", "System.GC.Server=false");
    }

    [Fact]
    public void GcSettings_RuntimeConfigWithoutProperties_IsEmpty() =>
        SiteRuntimeSettings.GcSettings("""{ "runtimeOptions": { "tfm": "net10.0" } }""").Should().BeEmpty();
}
