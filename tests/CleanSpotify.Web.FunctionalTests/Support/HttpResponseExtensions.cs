namespace CleanSpotify.Web.FunctionalTests.Support;

public static class HttpResponseExtensions
{
    /// <summary>The redirect target as a path and query when it is on this site, or the absolute URL otherwise.</summary>
    public static string? LocationText(this HttpResponseMessage response)
    {
        ArgumentNullException.ThrowIfNull(response);
        var location = response.Headers.Location;
        if (location is null)
        {
            return null;
        }

        if (!location.IsAbsoluteUri)
        {
            return location.OriginalString;
        }

        return location.Host is "localhost" ? location.PathAndQuery : location.AbsoluteUri;
    }
}
