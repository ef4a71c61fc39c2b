using System.Globalization;

namespace CleanSpotify.SpotifySandbox.WebApi;

/// <summary>Absolute URLs on the sandbox's own origin, taken from the request, so links work on any port.</summary>
internal sealed record ApiLinks(string Origin)
{
    public static ApiLinks From(HttpRequest request) => new($"{request.Scheme}://{request.Host}");

    public string Api(string path) => $"{Origin}/v1{path}";

    public string Image(string kind, string id, int size) =>
        string.Create(CultureInfo.InvariantCulture, $"{Origin}/images/{kind}/{id}.svg?size={size}");
}
