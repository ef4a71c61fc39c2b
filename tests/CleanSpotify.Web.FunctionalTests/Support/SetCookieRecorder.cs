namespace CleanSpotify.Web.FunctionalTests.Support;

/// <summary>Keeps every <c>Set-Cookie</c> header the site sent, as it sent it (put it next to the site, inside any cookie container).</summary>
public sealed class SetCookieRecorder : DelegatingHandler
{
    private readonly List<SetCookie> _all = [];

    public IReadOnlyList<SetCookie> All
    {
        get
        {
            lock (_all)
            {
                return [.. _all];
            }
        }
    }

    public IEnumerable<string> Names => All.Select(c => c.Name).Distinct(StringComparer.Ordinal);

    /// <summary>The last <c>Set-Cookie</c> for <paramref name="name"/>; fails if there was none.</summary>
    public SetCookie Last(string name) =>
        All.LastOrDefault(c => c.Name == name) ?? throw new InvalidOperationException($"The site set no cookie named {name}; it set {string.Join(", ", Names)}.");

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var response = await base.SendAsync(request, cancellationToken);
        if (response.Headers.TryGetValues("Set-Cookie", out var headers))
        {
            lock (_all)
            {
                _all.AddRange(headers.Select(SetCookie.Parse));
            }
        }

        return response;
    }
}
