namespace CleanSpotify.Web.FunctionalTests.Support;

/// <summary>A factory whose logs are captured at Trace for every category the site does not filter itself.</summary>
public sealed class TraceLoggingFactory : CleanSpotifyWebApplicationFactory
{
    protected override bool TraceLogging => true;
}
