using Microsoft.AspNetCore.Hosting;

namespace CleanSpotify.Web.FunctionalTests.Support;

/// <summary>
/// A site whose import uploads wait in a folder the test can look into, with a small <c>Import:MaxUploadBytes</c>
/// (<see cref="MaxUploadBytes"/>) and every log at Trace, to prove what an import leaves behind.
/// </summary>
public sealed class ImportFactory : CleanSpotifyWebApplicationFactory
{
    public const long MaxUploadBytes = 2_000_000;

    public string UploadFolder { get; } = Path.Combine(Path.GetTempPath(), "cleanspotify-import-tests", Guid.NewGuid().ToString("N"));

    protected override bool TraceLogging => true;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Import:UploadFolder", UploadFolder);
        builder.UseSetting("Import:MaxUploadBytes", MaxUploadBytes.ToString(System.Globalization.CultureInfo.InvariantCulture));
        builder.UseSetting("RateLimits:ActionsPerUserPerMinute", "1000");
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        if (Directory.Exists(UploadFolder))
        {
            Directory.Delete(UploadFolder, recursive: true);
        }
    }
}
